using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;

namespace McpServers.Hosting;

/// <summary>Registers a tool class's <c>[McpServerTool]</c> methods, the one way every server adds its tools.</summary>
public static class ToolRegistration
{
    /// <summary>Schema rules every tool gets: a parameter type marked <see cref="ToolSchemaAttribute"/> declares that schema.</summary>
    internal static AIJsonSchemaCreateOptions SchemaOptions { get; } = new() { TransformSchemaNode = ApplyDeclaredSchemas };

    /// <summary>
    /// Like the SDK's <c>WithTools&lt;T&gt;</c>: one tool per <c>[McpServerTool]</c> method of <typeparamref name="T"/>, a
    /// <typeparamref name="T"/> made per call from the request's services; plus the schema rules above and the server's JSON
    /// options (a source-generated context keeps the server Native-AOT safe).
    /// </summary>
    public static IMcpServerBuilder AddTools<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors
        | DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods)] T>(
        this IMcpServerBuilder builder, JsonSerializerOptions? serializerOptions = null)
    {
        foreach (var method in typeof(T).GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (method.GetCustomAttribute<McpServerToolAttribute>() is not { } tool)
                continue;
            RequireOutputSchema(typeof(T), method, tool);
            builder.Services.AddSingleton(services =>
            {
                var options = new McpServerToolCreateOptions
                {
                    Services = services,
                    SerializerOptions = serializerOptions,
                    SchemaCreateOptions = SchemaOptions,
                };
                return method.IsStatic
                    ? McpServerTool.Create(method, (object?)null, options)
                    : McpServerTool.Create(method, request => ActivatorUtilities.CreateInstance<T>(request.Services!)!, options);
            });
        }
        return builder;
    }

    /// <summary>
    /// A tool that returns a whole CallToolResult as structured content must say what its structuredContent looks like;
    /// otherwise the SDK declares the shape of CallToolResult itself, which clients reject (the TypeScript SDK refuses the
    /// whole tool list). Failing at start-up keeps that from reaching a client.
    /// </summary>
    private static void RequireOutputSchema(Type type, MethodInfo method, McpServerToolAttribute tool)
    {
        var returns = method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Task<>) || definition == typeof(ValueTask<>)) ? method.ReturnType.GetGenericArguments()[0] : method.ReturnType;
        if (tool.UseStructuredContent && tool.OutputSchemaType is null && returns == typeof(ModelContextProtocol.Protocol.CallToolResult))
            throw new InvalidOperationException($"{type.Name}.{method.Name} ('{tool.Name}') returns CallToolResult with UseStructuredContent: set OutputSchemaType.");
    }

    /// <summary>
    /// A <see cref="ToolSchemaAttribute"/> type gets its schema as a parameter or property, optional (Nullable, with "null"
    /// added) and as the items of a list (the exporter does not visit items it has no converter schema for).
    /// </summary>
    private static JsonNode ApplyDeclaredSchemas(AIJsonSchemaCreateContext context, JsonNode node)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        if (Declared(underlying ?? type) is { } schema)
            return Keep(underlying is null ? schema : OrNull(schema), node);
        if (context.TypeInfo.ElementType is { } element && Declared(element) is { } items && node is JsonObject array)
            array["items"] = items;
        return node;
    }

    private static JsonObject? Declared(Type type) =>
        type.GetCustomAttribute<ToolSchemaAttribute>() is { } declared ? JsonNode.Parse(declared.Schema)!.AsObject() : null;

    private static JsonObject OrNull(JsonObject schema)
    {
        var types = schema["type"] switch
        {
            JsonArray list => list.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => [],
        };
        if (types.Count > 0 && !types.Contains("null"))
            schema["type"] = new JsonArray([.. types.Append("null").Select(t => (JsonNode)t)]);
        return schema;
    }

    /// <summary>The declared schema, with what the generated one said about this use of it (description, default).</summary>
    private static JsonObject Keep(JsonObject declared, JsonNode generated)
    {
        foreach (var keyword in new[] { "description", "default" })
        {
            if (generated is JsonObject source && source.TryGetPropertyValue(keyword, out var value))
                declared[keyword] = value?.DeepClone();
        }
        return declared;
    }
}
