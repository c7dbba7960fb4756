using System.Text.Json.Serialization;
using McpServers.Google.Accounts;
using McpServers.Google.Http;

namespace McpServers.Google;

/// <summary>The shared layer's own JSON (errors, service account keys and tokens), source-generated for Native AOT.</summary>
[JsonSerializable(typeof(GoogleErrorDocument))]
[JsonSerializable(typeof(ServiceAccountKey))]
[JsonSerializable(typeof(JwtHeader))]
[JsonSerializable(typeof(JwtClaims))]
[JsonSerializable(typeof(TokenAnswer))]
internal sealed partial class GoogleJson : JsonSerializerContext;
