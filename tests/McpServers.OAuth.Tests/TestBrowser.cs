using System.Net;
using System.Text.RegularExpressions;
using System.Web;

namespace McpServers.OAuth.Tests;

/// <summary>
/// Plays the person's browser against oidc-provider's development pages: follows redirects, fills the login form
/// (any login and password), presses Continue on consent and device pages, and stops where the caller says.
/// </summary>
public sealed partial class TestBrowser : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Follows the sign-in from <paramref name="start"/> until a redirect to <paramref name="redirectPrefix"/>; returns that address without loading it.</summary>
    public async Task<Uri> SignInUntilRedirectAsync(Uri start, string redirectPrefix, string login = "alice")
    {
        var (final, _) = await WalkAsync(start, login, next => next.ToString().StartsWith(redirectPrefix, StringComparison.Ordinal));
        return final;
    }

    /// <summary>Follows the sign-in from <paramref name="start"/> to the end, loading the final page (e.g. the loopback receiver's).</summary>
    public async Task<(Uri Url, string Body)> SignInAsync(Uri start, string login = "alice") => await WalkAsync(start, login, _ => false);

    /// <summary>Loads one address and returns status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> GetAsync(Uri url)
    {
        using var response = await _http.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(Uri Url, string Body)> WalkAsync(Uri start, string login, Func<Uri, bool> stopBefore)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, start);
        for (var step = 0; step < 30; step++)
        {
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var url = request.RequestUri!;
            if (response.Headers.Location is { } location)
            {
                var next = new Uri(url, location);
                if (stopBefore(next))
                    return (next, body);
                request = new HttpRequestMessage(HttpMethod.Get, next);
                continue;
            }
            if (!response.IsSuccessStatusCode || FormPattern().Match(body) is not { Success: true } form)
                return (url, body);
            request = Submit(url, form, login);
        }
        throw new InvalidOperationException("the sign-in did not finish in 30 steps");
    }

    // The first form on the page, with its hidden inputs, and the login form's fields filled in.
    private static HttpRequestMessage Submit(Uri page, Match form, string login)
    {
        var action = new Uri(page, HttpUtility.HtmlDecode(form.Groups["action"].Value));
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in InputPattern().Matches(form.Groups["body"].Value))
        {
            var name = HttpUtility.HtmlDecode(input.Groups["name"].Value);
            var value = HttpUtility.HtmlDecode(ValuePattern().Match(input.Value) is { Success: true } v ? v.Groups["value"].Value : "");
            fields.Add(new(name, name switch { "login" => login, "password" => "any-password", _ => value }));
        }
        return new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) };
    }

    [GeneratedRegex("""<form[^>]*action="(?<action>[^"]*)"[^>]*>(?<body>.*?)</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("""<input[^>]*name="(?<name>[^"]+)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    [GeneratedRegex("value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ValuePattern();

    public void Dispose() => _http.Dispose();
}
