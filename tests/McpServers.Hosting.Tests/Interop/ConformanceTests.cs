using System.Text.Json.Nodes;
using McpServers.Hosting.Http;
using McpServers.Testing;
using McpServers.TestServer.Conformance;

namespace McpServers.Hosting.Tests.Interop;

/// <summary>
/// The official MCP conformance suite (npm @modelcontextprotocol/conformance, pinned in tests/interop/package.json) against
/// our Hosting over Streamable HTTP: every server scenario that applies to a server with tools. Resource, prompt and
/// completion scenarios are left out because the server has none of those; json-schema-2020-12 is still "pending" upstream.
/// 0.1.13 is the newest release that runs on Node 20 (0.1.14+ import fs.globSync, which Node 22 added).
/// </summary>
public sealed class ConformanceTests(ConformanceTests.Server server) : IClassFixture<ConformanceTests.Server>
{
    public static TheoryData<string> Scenarios =>
    [
        "server-initialize", "ping", "logging-set-level", "tools-list",
        "tools-call-simple-text", "tools-call-image", "tools-call-audio", "tools-call-embedded-resource", "tools-call-mixed-content",
        "tools-call-with-logging", "tools-call-error", "tools-call-with-progress", "tools-call-sampling", "tools-call-elicitation",
        "elicitation-sep1034-defaults", "elicitation-sep1330-enums",
        "server-sse-multiple-streams", "server-sse-polling", "dns-rebinding-protection",
    ];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_HasNoFailedCheck(string scenario)
    {
        var results = Directory.CreateTempSubdirectory("conformance-").FullName;
        try
        {
            var cli = Path.Combine(RepoPaths.Root, "tests", "interop", "node_modules", "@modelcontextprotocol", "conformance", "dist", "index.js");
            var (exitCode, stdout, stderr) = await ChildProcess.RunAsync("node",
                [cli, "server", "--url", server.Http.Endpoint.ToString(), "--scenario", scenario, "-o", results], TimeSpan.FromMinutes(2));

            var checks = Directory.GetFiles(results, "checks.json", SearchOption.AllDirectories)
                .SelectMany(file => JsonNode.Parse(File.ReadAllText(file))!.AsArray())
                .Select(check => check!.AsObject())
                .ToList();
            var failed = checks.Where(c => (string?)c["status"] == "FAILURE")
                .Select(c => $"{c["id"]}: {c["description"]} {c["errorMessage"]}").ToList();
            Assert.True(checks.Count > 0, $"no checks were written (exit {exitCode}):\n{stdout}\n{stderr}");
            Assert.True(failed.Count == 0, string.Join('\n', failed));
            Assert.Equal(0, exitCode);
        }
        finally
        {
            Directory.Delete(results, recursive: true);
        }
    }

    /// <summary>One conformance server over HTTP on loopback for all scenarios (each opens its own session).</summary>
    public sealed class Server : IAsyncLifetime
    {
        public McpHttpServer Http { get; private set; } = null!;

        public async Task InitializeAsync() => Http = await HttpTestServer.StartAsync(ConformanceServerDefinition.Create());

        public async Task DisposeAsync() => await Http.DisposeAsync();
    }
}
