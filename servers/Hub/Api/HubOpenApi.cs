using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace McpServers.Hub.Api;

/// <summary>
/// The API's OpenAPI document at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi, from the endpoints' types and
/// metadata): only <c>/api</c> paths, with the bearer token scheme the hub asks for beyond loopback.
/// </summary>
internal static class HubOpenApi
{
    public const string DocumentPath = "/openapi/v1.json";

    public static void AddServices(IServiceCollection services)
    {
        // The API's JSON (and the document's schemas) come from source-generated metadata: Native AOT.
        services.Configure<JsonOptions>(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, HubJson.Default));
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            // Create and change read their body themselves (to answer a wrong one with what to do); the document still says what it is.
            options.AddOperationTransformer(async (operation, context, cancellationToken) =>
            {
                if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<ConfigEntryBody>().Any())
                    return;
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "A server entry as in Claude Desktop's config, plus the hub's fields (\"name\" only when creating).",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(ConfigEntry), cancellationToken: cancellationToken) },
                    },
                };
            });
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "mcp-hub API",
                    Version = "1",
                    Description = "Run, watch and change the MCP servers behind mcp-hub. Beyond loopback every call needs the hub's "
                        + "token (--auth-token) as 'Authorization: Bearer <token>'. The dashboard at /dashboard/ uses this API.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    ["bearer"] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        Description = "The hub's --auth-token (MCP_AUTH_TOKEN); not needed on loopback when none is set.",
                    },
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
                return Task.CompletedTask;
            });
        });
    }

    public static void Map(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => endpoints.MapOpenApi(DocumentPath);
}

/// <summary>Marks the endpoints whose JSON body is a <see cref="ConfigEntry"/> (read by the endpoint itself).</summary>
internal sealed class ConfigEntryBody
{
    public static readonly ConfigEntryBody Instance = new();
}
