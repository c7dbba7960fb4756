using System.Text.Json;
using McpServers.FakeGoogle.Discovery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace McpServers.FakeGoogle.Hosting;

/// <summary>
/// Every request goes through here: recorded, checked against the discovery documents (a mismatch is a violation and
/// answers 400), then injected faults, authentication, scopes, and finally the fake API's handler.
/// </summary>
internal sealed class RequestPipeline(
    DiscoveryValidator validator, ApiRoutes routes, AccountRegistry accounts, FaultInjector faults, RequestLog log, TimeProvider time)
{
    // Google's front end refuses larger non-upload bodies before looking at them.
    private const int JsonPayloadLimit = 5 * 1024 * 1024;

    private static readonly JsonSerializerOptions _pretty = new() { WriteIndented = true };

    private readonly ResumableUploads _uploads = new();

    public Uri BaseUrl { get; set; } = new("http://127.0.0.1/");

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var token = BearerToken(headers, target);
        var grant = token is null ? null : accounts.Authenticate(token);

        var question = target.IndexOf('?');
        log.Record(new RecordedRequest(request.Method, question < 0 ? target : target[..question],
            question < 0 ? "" : target[(question + 1)..], headers, body, grant?.Email));

        var reply = Process(request.Method, target, headers, body, token, grant);
        await WriteAsync(context.Response, reply, QueryValues.Parse(question < 0 ? null : target[(question + 1)..]));
    }

    private Reply Process(string method, string target, Dictionary<string, string> headers, byte[] body, string? token,
        AccountRegistry.Grant? grant)
    {
        var query = QueryValues.Parse(target.Contains('?') ? target[(target.IndexOf('?') + 1)..] : null);
        if (_uploads.IsSession(query)) return ContinueUpload(method, target, query, headers, body);

        if (body.Length > JsonPayloadLimit && !target.StartsWith("/upload/", StringComparison.Ordinal)
            && !target.StartsWith("/resumable/", StringComparison.Ordinal))
            return Reply.Error(400, $"Request payload size exceeds the limit: {JsonPayloadLimit} bytes.", "badRequest");

        var result = validator.Validate(method, target, headers.GetValueOrDefault("Content-Type"), body, headers);
        if (!result.IsValid) return Violation(method, target, string.Join("; ", result.Problems));

        if (faults.TakeMatching(target) is { } fault) return FaultReply(fault);
        if (token is null)
            return Unauthenticated("Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.", "required", null);
        if (grant is null) return Unauthenticated(GoogleError.DefaultMessage(401), "authError", "invalid_token");
        var methodScopes = result.Method!.Scopes;
        if (grant.Scopes is not null && methodScopes.Count > 0 && !methodScopes.Intersect(grant.Scopes).Any())
            return Reply.Error(403, GoogleError.InsufficientScopes, "insufficientPermissions",
                headers: new Dictionary<string, string>
                {
                    ["WWW-Authenticate"] = $"Bearer realm=\"https://accounts.google.com/\", error=\"insufficient_scope\", scope=\"{string.Join(' ', methodScopes)}\"",
                });

        var call = new ApiCall(result, grant.Email, grant.Scopes, time.GetUtcNow());
        if (result.Kind != RequestKind.Rest && result.Query.Get("uploadType") == "resumable")
            return _uploads.Start(call, BaseUrl, target, headers.GetValueOrDefault("X-Upload-Content-Type"));
        return Dispatch(call);
    }

    private Reply ContinueUpload(string method, string target, QueryValues query, Dictionary<string, string> headers, byte[] body)
    {
        if (faults.TakeMatching(target) is { } fault) return FaultReply(fault);
        if (method != "PUT" && method != "POST") return Violation(method, target, "a resumable upload session takes PUT requests");
        var (completed, reply, problem) = _uploads.Continue(query, headers.GetValueOrDefault("Content-Range"),
            headers.GetValueOrDefault("Content-Type"), body);
        if (problem is not null) return Violation(method, target, problem);
        return reply ?? Dispatch(completed!);
    }

    private Reply Dispatch(ApiCall call)
    {
        var handler = routes.Find(call.Method.Id);
        if (handler is null)
            return Reply.Error(501, $"{call.Method.Id} is valid but not implemented by the fake", "notImplemented");
        try
        {
            var result = handler(call);
            var bodyOut = result.Body is not null && call.Request.Fields is { } fields ? fields.Apply(result.Body) : result.Body;
            return new Reply(result.Status, bodyOut);
        }
        catch (ApiException e)
        {
            return Reply.Error(e.Code, e.Message, e.Reason, e.Status);
        }
    }

    private Reply Violation(string method, string target, string reason)
    {
        log.Violation($"{method} {target}: {reason}");
        return Reply.Error(400, reason, "badRequest");
    }

    private static Reply FaultReply(FaultInjector.Fault fault)
    {
        var headers = fault.RetryAfter is { } after
            ? new Dictionary<string, string> { ["Retry-After"] = ((int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : null;
        return Reply.Error(fault.Status, reason: fault.Reason, headers: headers);
    }

    private static Reply Unauthenticated(string message, string reason, string? error) =>
        Reply.Error(401, message, reason, headers: new Dictionary<string, string>
        {
            ["WWW-Authenticate"] = error is null
                ? "Bearer realm=\"https://accounts.google.com/\""
                : $"Bearer realm=\"https://accounts.google.com/\", error=\"{error}\"",
        });

    private static string? BearerToken(Dictionary<string, string> headers, string target)
    {
        if (headers.GetValueOrDefault("Authorization") is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return authorization[7..].Trim();
        var query = QueryValues.Parse(target.Contains('?') ? target[(target.IndexOf('?') + 1)..] : null);
        return query.Get("access_token") ?? query.Get("oauth_token");
    }

    private static async Task WriteAsync(HttpResponse response, Reply reply, QueryValues query)
    {
        response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            response.Headers[name] = value;
        if (reply.Body is null) return;
        response.ContentType = "application/json; charset=UTF-8";
        var options = query.Get("prettyPrint") == "false" ? JsonSerializerOptions.Default : _pretty;
        await response.WriteAsync(reply.Body.ToJsonString(options));
    }
}
