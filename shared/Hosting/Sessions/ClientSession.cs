using System.Text.Json.Serialization;

namespace McpServers.Hosting.Sessions;

/// <summary>
/// Who a request comes from, as far as the transport can tell. Per-client state (a browser, a subscription) may be kept
/// under <see cref="Key"/> only when there is one: a stdio client, a Streamable HTTP session or a legacy SSE stream.
/// Sessionless requests (<c>--stateless</c>, and clients of the 2026-07-28 revision, which has no sessions) have no
/// key, because nothing ties two of them to the same client; a server that keeps state for them must hand out an
/// explicit, unguessable handle instead of sharing a default.
/// </summary>
/// <param name="Key">Stable for the life of the session, unique among open ones; null when the request has no session.</param>
/// <param name="Kind">How the client is connected.</param>
public sealed record ClientSession(string? Key, ClientSessionKind Kind);

/// <summary>How a client is connected.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClientSessionKind>))]
public enum ClientSessionKind
{
    /// <summary>The one client that launched this process over stdin/stdout.</summary>
    Stdio,

    /// <summary>A Streamable HTTP session (<c>Mcp-Session-Id</c>) or a legacy HTTP+SSE stream.</summary>
    Session,

    /// <summary>A request that stands alone: no session ties it to any other.</summary>
    Sessionless,
}
