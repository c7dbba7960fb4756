using System.Diagnostics.CodeAnalysis;

namespace McpServers.Hosting;

/// <summary>
/// The JSON schema a tool parameter of this type declares, for types that read more than one JSON form through their own
/// converter (e.g. a time given as <c>83.5</c> or <c>"1:23.5"</c>); tools registered with <c>AddTools</c> use it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class ToolSchemaAttribute([StringSyntax(StringSyntaxAttribute.Json)] string schema) : Attribute
{
    /// <summary>The schema, as JSON.</summary>
    public string Schema { get; } = schema;
}
