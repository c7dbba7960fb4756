using System.Text.Json;
using System.Text.Json.Serialization;

namespace McpServers.Google.Accounts;

/// <summary>The JSON key file of a Google service account (Cloud console > IAM > Service accounts > Keys).</summary>
public sealed record ServiceAccountKey(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("client_email")] string? ClientEmail,
    [property: JsonPropertyName("private_key")] string? PrivateKey,
    [property: JsonPropertyName("private_key_id")] string? PrivateKeyId,
    [property: JsonPropertyName("token_uri")] string? TokenUri)
{
    /// <summary>Reads and checks a key file; the message of a failure names the file and what is wrong with it.</summary>
    public static ServiceAccountKey Load(string path)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"service account key file {path} does not exist");
        ServiceAccountKey? key;
        try
        {
            key = JsonSerializer.Deserialize(File.ReadAllText(path), GoogleJson.Default.ServiceAccountKey);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{path} is not JSON: {e.Message}");
        }
        if (key is not { Type: "service_account", ClientEmail.Length: > 0, PrivateKey.Length: > 0 })
            throw new InvalidOperationException($"{path} is not a service account key (expected \"type\": \"service_account\" with client_email and private_key)");
        return key;
    }

    /// <summary>Where the signed assertion is exchanged for an access token.</summary>
    public Uri TokenEndpoint => new(TokenUri is { Length: > 0 } uri ? uri : "https://oauth2.googleapis.com/token");
}
