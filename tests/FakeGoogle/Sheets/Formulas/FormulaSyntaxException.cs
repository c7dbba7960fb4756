namespace McpServers.FakeGoogle.Sheets.Formulas;

/// <summary>A formula Sheets cannot parse; the cell shows #ERROR!.</summary>
internal sealed class FormulaSyntaxException(string message) : Exception(message);
