using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

// The suite checks what 2025-11-25 clients get: logging, sampling and legacy enums, all deprecated by the 2026-07-28 revision.
#pragma warning disable MCP9001, MCP9005

namespace McpServers.TestServer.Conformance;

/// <summary>
/// The tools the official conformance suite (npm @modelcontextprotocol/conformance) calls, with the names, arguments and
/// answers its scenarios expect. They run on our Hosting like any server's tools, so the suite tests Hosting.
/// </summary>
[McpServerToolType]
public sealed class ConformanceTools
{
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    private const string Wav = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    [McpServerTool(Name = "test_simple_text"), Description("Answers with one text.")]
    public static string SimpleText() => "This is a simple text response for testing.";

    [McpServerTool(Name = "test_image_content"), Description("Answers with one image.")]
    public static ContentBlock Image() => ImageContentBlock.FromBytes(Convert.FromBase64String(Png), "image/png");

    [McpServerTool(Name = "test_audio_content"), Description("Answers with one sound.")]
    public static ContentBlock Audio() => AudioContentBlock.FromBytes(Convert.FromBase64String(Wav), "audio/wav");

    [McpServerTool(Name = "test_embedded_resource"), Description("Answers with an embedded resource.")]
    public static ContentBlock EmbeddedResource() => new EmbeddedResourceBlock
    {
        Resource = new TextResourceContents { Uri = "test://embedded-resource", MimeType = "text/plain", Text = "This is an embedded resource content." },
    };

    [McpServerTool(Name = "test_multiple_content_types"), Description("Answers with text, an image and a resource.")]
    public static IEnumerable<ContentBlock> MultipleContentTypes() =>
    [
        new TextContentBlock { Text = "Multiple content types test:" },
        Image(),
        new EmbeddedResourceBlock
        {
            Resource = new TextResourceContents { Uri = "test://mixed-content-resource", MimeType = "application/json", Text = """{"test":"data","value":123}""" },
        },
    ];

    [McpServerTool(Name = "test_tool_with_logging"), Description("Logs three messages while it runs.")]
    public static async Task<string> WithLoggingAsync(McpServer server, CancellationToken cancellationToken)
    {
        string[] messages = ["Tool execution started", "Tool processing data", "Tool execution completed"];
        for (var i = 0; i < messages.Length; i++)
        {
            if (i > 0)
                await Task.Delay(Pause, cancellationToken);
            await server.SendNotificationAsync(NotificationMethods.LoggingMessageNotification,
                new LoggingMessageNotificationParams { Level = LoggingLevel.Info, Data = JsonSerializer.SerializeToElement(messages[i], TestJson.Default.String) },
                cancellationToken: cancellationToken);
        }
        return "Tool with logging executed successfully";
    }

    [McpServerTool(Name = "test_tool_with_progress"), Description("Reports progress 0, 50 and 100 of 100.")]
    public static async Task<string> WithProgressAsync(McpServer server, RequestContext<CallToolRequestParams> context, CancellationToken cancellationToken)
    {
        var token = context.Params?.ProgressToken;
        foreach (var done in new[] { 0, 50, 100 })
        {
            if (done > 0)
                await Task.Delay(Pause, cancellationToken);
            if (token is { } progressToken)
                await server.NotifyProgressAsync(progressToken, new ProgressNotificationValue { Progress = done, Total = 100 }, cancellationToken: cancellationToken);
        }
        return token?.ToString() ?? "no progress token";
    }

    [McpServerTool(Name = "test_error_handling"), Description("Always answers with an error result.")]
    public static CallToolResult ErrorHandling() => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = "This tool intentionally returns an error for testing" }],
    };

    [McpServerTool(Name = "test_sampling"), Description("Asks the client's model to answer the prompt.")]
    public static async Task<string> SamplingAsync(McpServer server, [Description("What to ask")] string prompt, CancellationToken cancellationToken)
    {
        var answer = await server.SampleAsync(new CreateMessageRequestParams
        {
            Messages = [new SamplingMessage { Role = Role.User, Content = [new TextContentBlock { Text = prompt }] }],
            MaxTokens = 100,
        }, cancellationToken);
        return "LLM response: " + string.Concat(answer.Content.OfType<TextContentBlock>().Select(t => t.Text));
    }

    [McpServerTool(Name = "test_elicitation"), Description("Asks the user for a username and an email address.")]
    public static Task<string> ElicitationAsync(McpServer server, [Description("What to ask")] string message, CancellationToken cancellationToken) =>
        ElicitAsync(server, message, new ElicitRequestParams.RequestSchema
        {
            Properties =
            {
                ["username"] = new ElicitRequestParams.StringSchema { Description = "User's response" },
                ["email"] = new ElicitRequestParams.StringSchema { Description = "User's email address" },
            },
            Required = ["username", "email"],
        }, "User response", cancellationToken);

    [McpServerTool(Name = "test_elicitation_sep1034_defaults"), Description("Asks the user for values that have defaults.")]
    public static Task<string> ElicitationDefaultsAsync(McpServer server, CancellationToken cancellationToken) =>
        ElicitAsync(server, "Please review these defaults", new ElicitRequestParams.RequestSchema
        {
            Properties =
            {
                ["name"] = new ElicitRequestParams.StringSchema { Default = "John Doe" },
                ["age"] = new ElicitRequestParams.NumberSchema { Type = "integer", Default = 30 },
                ["score"] = new ElicitRequestParams.NumberSchema { Default = 95.5 },
                ["status"] = new ElicitRequestParams.UntitledSingleSelectEnumSchema { Enum = ["active", "inactive", "pending"], Default = "active" },
                ["verified"] = new ElicitRequestParams.BooleanSchema { Default = true },
            },
            Required = [],
        }, "Elicitation completed", cancellationToken);

    [McpServerTool(Name = "test_elicitation_sep1330_enums"), Description("Asks the user to choose from every kind of enum.")]
    public static Task<string> ElicitationEnumsAsync(McpServer server, CancellationToken cancellationToken) =>
        ElicitAsync(server, "Please choose", new ElicitRequestParams.RequestSchema
        {
            Properties =
            {
                ["untitledSingle"] = new ElicitRequestParams.UntitledSingleSelectEnumSchema { Enum = ["option1", "option2", "option3"] },
                ["titledSingle"] = new ElicitRequestParams.TitledSingleSelectEnumSchema
                {
                    OneOf = [Option("value1", "First Option"), Option("value2", "Second Option"), Option("value3", "Third Option")],
                },
                ["legacyEnum"] = new ElicitRequestParams.LegacyTitledEnumSchema
                {
                    Enum = ["opt1", "opt2", "opt3"], EnumNames = ["Option One", "Option Two", "Option Three"],
                },
                ["untitledMulti"] = new ElicitRequestParams.UntitledMultiSelectEnumSchema
                {
                    MinItems = 1, MaxItems = 3, Items = new ElicitRequestParams.UntitledEnumItemsSchema { Enum = ["option1", "option2", "option3"] },
                },
                ["titledMulti"] = new ElicitRequestParams.TitledMultiSelectEnumSchema
                {
                    MinItems = 1, MaxItems = 3,
                    Items = new ElicitRequestParams.TitledEnumItemsSchema
                    {
                        AnyOf = [Option("value1", "First Choice"), Option("value2", "Second Choice"), Option("value3", "Third Choice")],
                    },
                },
            },
            Required = [],
        }, "Elicitation completed", cancellationToken);

    private static ElicitRequestParams.EnumSchemaOption Option(string value, string title) => new() { Const = value, Title = title };

    private static async Task<string> ElicitAsync(McpServer server, string message, ElicitRequestParams.RequestSchema schema, string prefix,
        CancellationToken cancellationToken)
    {
        var result = await server.ElicitAsync(new ElicitRequestParams { Message = message, RequestedSchema = schema }, cancellationToken);
        return $"{prefix}: action={result.Action}, content={JsonSerializer.Serialize(result.Content ?? new Dictionary<string, JsonElement>(), TestJson.Default.IDictionaryStringJsonElement)}";
    }
}
