using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MimeKit;

namespace McpServers.FakeGoogle.Tests;

/// <summary>A started fake with two accounts, and a plain HttpClient per account, for the HTTP-level tests.</summary>
internal sealed class GoogleApi : IAsyncDisposable
{
    public const string Alice = "alice@example.com";
    public const string Bob = "bob@example.com";
    public const string AliceToken = "ya29.alice";
    public const string BobToken = "ya29.bob";
    public const string FullMail = "https://mail.google.com/";
    public const string Readonly = "https://www.googleapis.com/auth/gmail.readonly";
    public const string SendOnly = "https://www.googleapis.com/auth/gmail.send";
    public const string MetadataOnly = "https://www.googleapis.com/auth/gmail.metadata";
    public const string SettingsBasic = "https://www.googleapis.com/auth/gmail.settings.basic";
    public const string Contacts = "https://www.googleapis.com/auth/contacts.readonly";
    public const string OtherContacts = "https://www.googleapis.com/auth/contacts.other.readonly";

    private GoogleApi(FakeGoogleServer server)
    {
        Server = server;
        Http = Client(AliceToken);
        BobHttp = Client(BobToken);
    }

    public FakeGoogleServer Server { get; }

    /// <summary>Alice's client.</summary>
    public HttpClient Http { get; }

    public HttpClient BobHttp { get; }

    public static async Task<GoogleApi> StartAsync(TimeProvider? time = null)
    {
        var server = await FakeGoogleServer.StartAsync(time);
        server.AddAccount(Alice, AliceToken, FullMail, SettingsBasic, Contacts, OtherContacts);
        server.AddAccount(Bob, BobToken, FullMail);
        return new GoogleApi(server);
    }

    public HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = Server.BaseUrl };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response, int expectedStatus = 200)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expectedStatus == (int)response.StatusCode, $"expected {expectedStatus}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
    }

    public async Task<JsonObject> GetAsync(string path, int expectedStatus = 200, HttpClient? client = null) =>
        await JsonAsync(await (client ?? Http).GetAsync(path), expectedStatus);

    public async Task<JsonObject> PostJsonAsync(string path, JsonNode body, int expectedStatus = 200, HttpClient? client = null) =>
        await JsonAsync(await (client ?? Http).PostAsync(path, Json(body)), expectedStatus);

    public static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static MimeMessage Mail(string from, string to, string subject, string text, DateTimeOffset? date = null)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Date = date ?? DateTimeOffset.UtcNow;
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        return buffer.ToArray();
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/').TrimEnd('=');
        return Convert.FromBase64String(standard.PadRight(standard.Length + (4 - standard.Length % 4) % 4, '='));
    }

    /// <summary>The ids of messages.list (or threads.list) in answer order.</summary>
    public async Task<string[]> ListIdsAsync(string query, string kind = "messages")
    {
        var list = await GetAsync($"gmail/v1/users/me/{kind}?{query}");
        return (list[kind] as JsonArray)?.Select(m => (string)m!["id"]!).ToArray() ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        BobHttp.Dispose();
        await Server.DisposeAsync();
    }
}
