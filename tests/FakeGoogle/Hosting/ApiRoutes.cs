namespace McpServers.FakeGoogle.Hosting;

/// <summary>Handlers by discovery method id ("gmail.users.messages.get"); each fake API registers its own.</summary>
internal sealed class ApiRoutes
{
    private readonly Dictionary<string, Func<ApiCall, ApiResult>> _handlers = new(StringComparer.Ordinal);

    public void Map(string methodId, Func<ApiCall, ApiResult> handler) => _handlers.Add(methodId, handler);

    public Func<ApiCall, ApiResult>? Find(string methodId) => _handlers.GetValueOrDefault(methodId);
}
