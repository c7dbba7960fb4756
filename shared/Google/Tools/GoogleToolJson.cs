using System.Text.Json;
using System.Text.Json.Serialization;

namespace McpServers.Google.Tools;

/// <summary>The shared Google tools' results, source-generated; a server combines it with its own context for its tool options.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AccountList))]
[JsonSerializable(typeof(ContactList))]
public sealed partial class GoogleToolJson : JsonSerializerContext;
