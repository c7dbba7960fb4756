using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Drive;

/// <summary>One grant on a file: the owner's, a user's or group's (by email), a domain's, or anyone's (with the link).</summary>
internal sealed record DrivePermission(string Id, string Type, string Role, string? EmailAddress, string? Domain, bool AllowFileDiscovery)
{
    /// <summary>Whether the permission names this account (its address, its domain, or anyone).</summary>
    public bool Covers(string email) => Type switch
    {
        "user" or "group" => string.Equals(EmailAddress, email, StringComparison.OrdinalIgnoreCase),
        "domain" => string.Equals(Domain, DomainOf(email), StringComparison.OrdinalIgnoreCase),
        "anyone" => true,
        _ => false,
    };

    /// <summary>Whether it names the account's own address (what makes a file "shared with me").</summary>
    public bool Names(string email) =>
        Type is "user" or "group" && string.Equals(EmailAddress, email, StringComparison.OrdinalIgnoreCase);

    /// <summary>The full Permission resource.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["kind"] = "drive#permission", ["id"] = Id, ["type"] = Type };
        if (EmailAddress is not null)
        {
            json["emailAddress"] = EmailAddress;
            json["displayName"] = DisplayName(EmailAddress);
        }
        if (Domain is not null) json["domain"] = Domain;
        json["role"] = Role;
        if (Type is "anyone" or "domain") json["allowFileDiscovery"] = AllowFileDiscovery;
        json["deleted"] = false;
        json["pendingOwner"] = false;
        return json;
    }

    /// <summary>What Drive answers when no fields are asked for: kind, id, type, role (and allowFileDiscovery for links).</summary>
    public JsonObject ToDefaultJson()
    {
        var json = new JsonObject { ["kind"] = "drive#permission", ["id"] = Id, ["type"] = Type, ["role"] = Role };
        if (Type is "anyone" or "domain") json["allowFileDiscovery"] = AllowFileDiscovery;
        return json;
    }

    public static string DomainOf(string email) => email[(email.IndexOf('@') + 1)..];

    /// <summary>The fake has no profiles: an address's display name is its local part.</summary>
    public static string DisplayName(string email) => email.Contains('@') ? email[..email.IndexOf('@')] : email;

    /// <summary>Drive gives a user the same permission id on every file: 20 digits, derived here from the address.</summary>
    public static string IdFor(string principal)
    {
        var hash = 14_695_981_039_346_656_037UL;
        foreach (var c in principal.ToLowerInvariant())
        {
            hash ^= c;
            hash *= 1_099_511_628_211UL;
        }
        return hash.ToString("D20", System.Globalization.CultureInfo.InvariantCulture);
    }
}
