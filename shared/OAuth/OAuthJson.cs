using System.Text.Json;
using System.Text.Json.Serialization;
using McpServers.OAuth.Store;

namespace McpServers.OAuth;

/// <summary>Source-generated JSON for what the OAuth library reads and stores (Native AOT safe).</summary>
[JsonSerializable(typeof(Dictionary<string, StoredAccount>))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Providers.GoogleClientSecretsFile))]
internal sealed partial class OAuthJson : JsonSerializerContext;
