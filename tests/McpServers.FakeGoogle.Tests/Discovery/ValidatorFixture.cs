using System.Text;
using McpServers.FakeGoogle.Discovery;

namespace McpServers.FakeGoogle.Tests.Discovery;

/// <summary>One validator over all five documents, shared: loading them is the slow part.</summary>
internal static class Validator
{
    private static readonly Lazy<DiscoveryValidator> _instance =
        new(() => DiscoveryValidator.LoadEmbedded("gmail.v1", "people.v1", "calendar.v3", "sheets.v4", "drive.v3"));

    public static ValidationResult Check(string method, string target, string? json = null) =>
        _instance.Value.Validate(method, target, json is null ? null : "application/json", json is null ? default : Encoding.UTF8.GetBytes(json));

    public static ValidationResult Check(string method, string target, string contentType, byte[] body,
        IReadOnlyDictionary<string, string>? headers = null) =>
        _instance.Value.Validate(method, target, contentType, body, headers);

    public static void Valid(ValidationResult result, string methodId)
    {
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        Assert.Equal(methodId, result.Method?.Id);
    }

    public static void Problem(ValidationResult result, params string[] fragments)
    {
        Assert.False(result.IsValid);
        foreach (var fragment in fragments)
            Assert.True(result.Problems.Any(p => p.Contains(fragment, StringComparison.Ordinal)),
                $"no problem contains \"{fragment}\"; problems:\n{string.Join("\n", result.Problems)}");
    }
}
