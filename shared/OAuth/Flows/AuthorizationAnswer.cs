using System.Web;

namespace McpServers.OAuth.Flows;

/// <summary>
/// Reads what came back from the provider: the redirect URL (from the loopback receiver or pasted by a person), or a
/// bare code pasted on its own. A URL must carry this attempt's state; an <c>error</c> becomes a clear refusal.
/// </summary>
public static class AuthorizationAnswer
{
    /// <summary>The code in <paramref name="answer"/>; throws <see cref="OAuthException"/> for a refusal or a wrong state.</summary>
    public static string ReadCode(string answer, AuthorizationRequest request)
    {
        answer = answer.Trim();
        if (answer.Length == 0)
            throw new OAuthException("nothing was pasted");
        var queryStart = answer.IndexOf('?');
        if (queryStart < 0 && !answer.Contains('=') && !answer.Contains(' '))
            return answer; // a bare code: PKCE still binds it to this attempt.
        var query = HttpUtility.ParseQueryString(queryStart >= 0 ? answer[(queryStart + 1)..].Split('#')[0] : answer);
        if (query["error"] is { } error)
            throw new OAuthException($"sign-in refused by the provider: {error}" + (query["error_description"] is { } d ? $" ({d})" : ""), error);
        if (query["state"] != request.State)
            throw new OAuthException("the answer's state does not match this sign-in, so it was ignored (an answer to an older attempt, or a forged one); sign in again from the URL printed last");
        return query["code"] is { Length: > 0 } code ? code : throw new OAuthException("the answer has no code; paste the whole address the browser was sent to");
    }
}
