using System.Text.Json;
using McpServers.Testing;
using McpServers.TestServer;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Hosting.Tests.Tools;

/// <summary>The one error path every tool call takes (the test server's tools stand in for any server's).</summary>
public sealed class ToolCallFilterTests
{
    private static async Task<string> ErrorOfAsync(McpClient client, string tool, string argumentsJson)
    {
        var arguments = JsonSerializer.Deserialize<Dictionary<string, object?>>(argumentsJson)!;
        var result = await client.CallToolAsync(tool, arguments);
        Assert.True(result.IsError, $"expected an error result, got: {JsonSerializer.Serialize(result.Content)}");
        return Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
    }

    [Fact]
    public async Task WrongTypes_MissingArguments_AndUnknownEnumValues_AreListedWithTheirPaths()
    {
        await using var pair = await InProcessMcp.StartAsync(TestServerDefinition.Create());

        var message = await ErrorOfAsync(pair.Client, "order", """{"color":"blue","items":[{"name":5,"quantity":1},{"name":"b"}]}""");

        Assert.Contains("Invalid arguments for 'order'", message);
        Assert.Contains("color: expected one of \"red\", \"green\", got string \"blue\"", message);
        Assert.Contains("count: expected integer, got nothing (it is required)", message);
        Assert.Contains("items[0].name: expected string, got number 5", message);
        Assert.Contains("items[1].quantity: expected integer, got nothing (it is required)", message);
    }

    [Fact]
    public async Task FittingArguments_ReachTheTool()
    {
        await using var pair = await InProcessMcp.StartAsync(TestServerDefinition.Create());

        var result = await pair.Client.CallToolAsync("order", new Dictionary<string, object?>
        {
            ["color"] = "red", ["count"] = 2, ["items"] = new[] { new { name = "a", quantity = 1 } },
        });

        Assert.NotEqual(true, result.IsError);
        Assert.Equal("2 red 1", Assert.IsType<TextContentBlock>(result.Content.Single()).Text);
    }

    [Fact]
    public async Task ToolInputException_AndDeclaredExceptions_BecomeTheirMessages_OthersStayInternal()
    {
        await using var pair = await InProcessMcp.StartAsync(TestServerDefinition.Create());

        var input = await ErrorOfAsync(pair.Client, "fail", """{"how":"input"}""");
        var known = await ErrorOfAsync(pair.Client, "fail", """{"how":"known"}""");
        var unexpected = await ErrorOfAsync(pair.Client, "fail", """{"how":"unexpected"}""");

        Assert.Equal("'how' was input: this is what a person can act on.", input);
        Assert.Equal("Known failure: the disk is on fire.", known);
        Assert.DoesNotContain("internal detail", unexpected);
        Assert.Contains("'fail'", unexpected);
    }
}
