using System.Text.Json;

namespace McpServers.Hosting.Tests.Tools;

public sealed class ToolArgumentValidatorTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": {
            "entities": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "name": { "type": "string" },
                  "observations": { "type": "array", "items": { "type": "string" } }
                },
                "required": ["name"]
              }
            },
            "format": { "type": "string", "enum": ["png", "jpeg"] },
            "count": { "type": "integer", "minimum": 1 },
            "note": { "type": ["string", "null"] },
            "time": { "$ref": "#/$defs/time" }
          },
          "required": ["entities"],
          "$defs": { "time": { "type": ["number", "string"] } }
        }
        """).RootElement;

    private static IReadOnlyList<string> Check(string arguments) =>
        ToolArgumentValidator.Validate(Schema, JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(arguments));

    [Fact]
    public void FittingArguments_HaveNoProblems() =>
        Assert.Empty(Check("""{"entities":[{"name":"a","observations":["x"]}],"format":"png","count":3,"note":null,"time":"1:23"}"""));

    [Fact]
    public void WrongType_NamesThePathTheExpectedTypeAndTheValue() =>
        Assert.Equal(["entities[0].name: expected string, got number 5"], Check("""{"entities":[{"name":5}]}"""));

    [Fact]
    public void MissingRequired_IsNamedWithItsType() =>
        Assert.Equal(["entities[1].name: expected string, got nothing (it is required)"],
            Check("""{"entities":[{"name":"a"},{"observations":[]}]}"""));

    [Fact]
    public void MissingTopLevelArgument_IsReported() =>
        Assert.Equal(["entities: expected array, got nothing (it is required)"], Check("{}"));

    [Fact]
    public void UnknownEnumValue_ListsTheAllowedValues() =>
        Assert.Equal(["format: expected one of \"png\", \"jpeg\", got string \"gif\""], Check("""{"entities":[],"format":"gif"}"""));

    [Fact]
    public void IntegerAndMinimum_AreChecked()
    {
        Assert.Equal(["count: expected integer, got number 2.5"], Check("""{"entities":[],"count":2.5}"""));
        Assert.Equal(["count: expected a number >= 1, got number 0"], Check("""{"entities":[],"count":0}"""));
    }

    [Fact]
    public void References_AreFollowed() =>
        Assert.Equal(["time: expected number or string, got boolean true"], Check("""{"entities":[],"time":true}"""));

    [Fact]
    public void EveryProblemIsListed() =>
        Assert.Equal(3, Check("""{"entities":[{"name":1},{"name":2}],"format":"bmp"}""").Count);
}
