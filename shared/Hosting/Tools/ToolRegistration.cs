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
    internal static AIJsonSchemaCreateOptions SchemaOptions { get; } = new()
    {
        TransformSchemaNode = (context, node) =>
            context.TypeInfo.Type.GetCustomAttribute<ToolSchemaAttribute>() is { } declared
                ? WithDescription(JsonNode.Parse(declared.Schema)!, node)
                : node,
    };

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
            if (method.GetCustomAttribute<McpServerToolAttribute>() is null)
                continue;
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

    private static JsonNode WithDescription(JsonNode declared, JsonNode generated)
    {
        if (declared is JsonObject target && generated is JsonObject source && source["description"] is { } description)
            target["description"] = description.DeepClone();
        return declared;
    }
}
