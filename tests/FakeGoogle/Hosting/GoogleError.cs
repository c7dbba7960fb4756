using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Hosting;

/// <summary>Google's JSON error body ({"error":{code, message, status, errors:[{message, domain, reason}]}}) and its defaults per HTTP status.</summary>
internal static class GoogleError
{
    public const string InsufficientScopes = "Request had insufficient authentication scopes.";

    public static JsonObject Body(int code, string? message = null, string? reason = null, string? status = null)
    {
        message ??= DefaultMessage(code);
        return new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["errors"] = new JsonArray(new JsonObject
                {
                    ["message"] = message,
                    ["domain"] = "global",
                    ["reason"] = reason ?? DefaultReason(code),
                }),
                ["status"] = status ?? DefaultStatus(code),
            },
        };
    }

    public static string DefaultStatus(int code) => code switch
    {
        400 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        403 => "PERMISSION_DENIED",
        404 => "NOT_FOUND",
        409 => "ABORTED",
        412 => "FAILED_PRECONDITION",
        413 => "OUT_OF_RANGE",
        429 => "RESOURCE_EXHAUSTED",
        499 => "CANCELLED",
        500 => "INTERNAL",
        501 => "UNIMPLEMENTED",
        503 => "UNAVAILABLE",
        504 => "DEADLINE_EXCEEDED",
        _ => "UNKNOWN",
    };

    public static string DefaultReason(int code) => code switch
    {
        400 => "invalidArgument",
        401 => "authError",
        403 => "forbidden",
        404 => "notFound",
        409 => "conflict",
        412 => "conditionNotMet",
        413 => "uploadTooLarge",
        429 => "rateLimitExceeded",
        500 or 503 => "backendError",
        501 => "notImplemented",
        _ => "unknown",
    };

    public static string DefaultMessage(int code) => code switch
    {
        400 => "Request contains an invalid argument.",
        401 => "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
        403 => "The caller does not have permission",
        404 => "Requested entity was not found.",
        409 => "The operation was aborted.",
        429 => "Resource has been exhausted (e.g. check quota).",
        500 => "Internal error encountered.",
        503 => "The service is currently unavailable.",
        _ => $"HTTP {code}",
    };
}
