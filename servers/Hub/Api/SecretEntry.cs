using System.Text.Json.Nodes;

namespace McpServers.Hub.Api;

/// <summary>
/// Secret values in a config entry as the API shows and takes them: shown as null (secret env values, every header
/// value), and a null sent back keeps the value the file has.
/// </summary>
internal static class SecretEntry
{
    /// <summary>The entry with secret env values and all header values replaced by null.</summary>
    public static JsonObject Hide(JsonObject entry, Func<string, bool> isSecretEnv)
    {
        if (entry["env"] is JsonObject env)
        {
            foreach (var key in env.Select(p => p.Key).Where(isSecretEnv).ToList())
                env[key] = null;
        }
        if (entry["headers"] is JsonObject headers)
        {
            foreach (var key in headers.Select(p => p.Key).ToList())
                headers[key] = null;
        }
        return entry;
    }

    /// <summary>Fills the null env and header values of <paramref name="entry"/> from <paramref name="stored"/> (left null when it has none).</summary>
    public static void KeepStored(JsonObject entry, JsonObject? stored)
    {
        foreach (var field in new[] { "env", "headers" })
        {
            if (entry[field] is not JsonObject values)
                continue;
            foreach (var key in values.Where(p => p.Value is null).Select(p => p.Key).ToList())
                values[key] = stored?[field]?[key]?.DeepClone();
        }
    }
}
