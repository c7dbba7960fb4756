using McpServers.Hosting;

namespace McpServers.Sheets.Api;

/// <summary>How values are read: as shown (formatted), as stored (numbers, booleans), or formulas as written.</summary>
internal sealed record ValueRender(string Name, string ApiName, string DateTimeApiName)
{
    public static readonly ValueRender Formatted = new("formatted", "FORMATTED_VALUE", "FORMATTED_STRING");
    public static readonly ValueRender Unformatted = new("unformatted", "UNFORMATTED_VALUE", "FORMATTED_STRING");
    public static readonly ValueRender Formulas = new("formulas", "FORMULA", "FORMATTED_STRING");

    public const string Choices = "formatted (as shown, the default), unformatted (numbers and booleans as stored; dates as shown) or formulas (a formula cell's formula)";

    public static ValueRender Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "formatted" or "formatted_value" => Formatted,
        "unformatted" or "unformatted_value" or "values" => Unformatted,
        "formulas" or "formula" => Formulas,
        _ => throw new ToolInputException($"render '{name}' is not one of {Choices}"),
    };
}

/// <summary>How written values are read by Sheets: typed as a person would (formulas, numbers, dates) or stored as given.</summary>
internal sealed record ValueInput(string Name, string ApiName)
{
    public static readonly ValueInput UserEntered = new("user_entered", "USER_ENTERED");
    public static readonly ValueInput Raw = new("raw", "RAW");

    public const string Choices = "user_entered (as if typed: '=SUM(A1:A3)' is a formula, '1/2/2026' a date; the default) or raw (stored exactly as given, formulas as text)";

    public static ValueInput Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "user_entered" or "userentered" => UserEntered,
        "raw" => Raw,
        _ => throw new ToolInputException($"input '{name}' is not one of {Choices}"),
    };
}
