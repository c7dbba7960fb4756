using System.Text.Json;
using McpServers.OAuth.Tokens;

namespace McpServers.OAuth.Flows;

/// <summary>
/// The device authorization grant (RFC 8628): the person opens a short URL on any device and types a code, while this
/// process polls at the interval the provider sets (slower after <c>slow_down</c>) until approval, refusal or expiry.
/// Google.Apis.Auth has no device flow.
/// </summary>
public sealed class DeviceLogin(TokenEndpointClient client, ILoginConsole console, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Runs the sign-in and returns the tokens.</summary>
    public async Task<TokenSet> RunAsync(CancellationToken cancellationToken)
    {
        var start = await client.StartDeviceAuthorizationAsync(cancellationToken);
        string Text(string name) => start.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!
            : throw new OAuthException($"the device authorization answer has no {name}");
        var deviceCode = Text("device_code");
        var userCode = Text("user_code");
        var verificationUri = start.TryGetProperty("verification_uri", out var uri) ? uri.GetString() : start.TryGetProperty("verification_url", out var url) ? url.GetString() : null;
        var complete = start.TryGetProperty("verification_uri_complete", out var c) ? c.GetString() : null;
        var interval = TimeSpan.FromSeconds(start.TryGetProperty("interval", out var i) && i.TryGetInt32(out var s) ? Math.Max(1, s) : 5);
        var deadline = _time.GetUtcNow().AddSeconds(start.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var x) ? x : 600);

        console.Show($"To sign in to {client.Provider.Name}, open {verificationUri} on any device and enter the code {userCode}"
            + (complete is null ? "" : $"\n(or open {complete} directly)") + $"\nWaiting until {deadline.ToLocalTime():HH:mm}...");
        while (true)
        {
            await Task.Delay(interval, _time, cancellationToken);
            try
            {
                return await client.PollDeviceCodeAsync(deviceCode, cancellationToken);
            }
            catch (OAuthException error) when (error.Error is "authorization_pending" or "slow_down")
            {
                if (error.Error == "slow_down")
                    interval += TimeSpan.FromSeconds(5); // RFC 8628 §3.5
                if (_time.GetUtcNow() >= deadline)
                    throw new OAuthException("the device code expired before the sign-in was approved; run the login again", "expired_token");
            }
            catch (OAuthException error) when (error.Error is "access_denied")
            {
                throw new OAuthException("the sign-in was refused on the device page", error.Error);
            }
            catch (OAuthException error) when (error.Error is "expired_token")
            {
                throw new OAuthException("the device code expired before the sign-in was approved; run the login again", error.Error);
            }
        }
    }
}
