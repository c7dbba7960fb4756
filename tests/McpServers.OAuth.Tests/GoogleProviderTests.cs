using McpServers.OAuth.Providers;

namespace McpServers.OAuth.Tests;

public sealed class GoogleProviderTests
{
    [Theory]
    [InlineData("installed")]
    [InlineData("web")]
    public void FromClientSecretsFile_ReadsTheConsolesDownload(string kind)
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, $$$"""
            {"{{{kind}}}":{"client_id":"123-abc.apps.googleusercontent.com","project_id":"p","auth_uri":"https://accounts.google.com/o/oauth2/auth",
             "token_uri":"https://oauth2.googleapis.com/token","client_secret":"GOCSPX-secret","redirect_uris":["http://localhost"]}}
            """);
        try
        {
            var provider = GoogleProvider.FromClientSecretsFile(file, ["https://www.googleapis.com/auth/gmail.modify"]);

            Assert.Equal("123-abc.apps.googleusercontent.com", provider.ClientId);
            Assert.Equal("GOCSPX-secret", provider.ClientSecret);
            Assert.Equal(ClientAuthentication.ClientSecretPost, provider.ClientAuthentication);
            Assert.Equal(new Uri("https://oauth2.googleapis.com/token"), provider.TokenEndpoint);
            Assert.Equal("offline", provider.AuthorizationParameters["access_type"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void FromClientSecretsFile_SomethingElse_SaysWhatWasExpected()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """{"type":"service_account","client_email":"x@y.iam.gserviceaccount.com"}""");
        try
        {
            var error = Assert.Throws<OAuthException>(() => GoogleProvider.FromClientSecretsFile(file, []));

            Assert.Contains("has no client_id (expected {\"installed\": {\"client_id\": ...}})", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
