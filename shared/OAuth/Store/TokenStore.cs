using System.Text.Json;
using McpServers.Storage;

namespace McpServers.OAuth.Store;

/// <summary>
/// The accounts of one provider in one encrypted file (<c>&lt;provider&gt;.tokens</c>, 0600, in a 0700 folder).
/// Every change happens under the same cross-process lock the memory server uses and is written atomically, so
/// processes that share the store (several servers, or a server and <c>auth login</c>) never lose each other's writes.
/// </summary>
public sealed class TokenStore
{
    private readonly string _provider;
    private readonly CrossProcessFileLock _lock;
    private TokenCipher? _cipher;

    /// <summary>The store of <paramref name="provider"/> in <paramref name="directory"/> (see <see cref="StoreDirectory"/>).</summary>
    public TokenStore(string directory, string provider)
    {
        if (provider.Length == 0 || provider.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            throw new ArgumentException($"provider name '{provider}' may use letters, digits, '-', '_' and '.' only", nameof(provider));
        Directory = directory;
        _provider = provider;
        FilePath = Path.Combine(directory, provider + ".tokens");
        _lock = new CrossProcessFileLock(FilePath);
    }

    /// <summary>The folder holding the key and the stores.</summary>
    public string Directory { get; }

    /// <summary>This provider's store file.</summary>
    public string FilePath { get; }

    /// <summary>The accounts as they are now (no lock: files are only ever replaced whole).</summary>
    public IReadOnlyDictionary<string, StoredAccount> Read() => File.Exists(FilePath) ? Load() : new Dictionary<string, StoredAccount>();

    /// <summary>The account, or null when it has not signed in.</summary>
    public StoredAccount? Find(string account) => Read().GetValueOrDefault(account);

    /// <summary>
    /// Runs <paramref name="change"/> on the current accounts while holding the store's lock, and writes them back if
    /// it changed them. Other processes wait; their next read sees the result.
    /// </summary>
    public async Task<T> UpdateAsync<T>(Func<Dictionary<string, StoredAccount>, Task<T>> change, CancellationToken cancellationToken = default)
    {
        StoreDirectory.Ensure(Directory);
        using var held = await _lock.AcquireAsync(cancellationToken);
        var accounts = File.Exists(FilePath) ? Load() : [];
        var before = JsonSerializer.Serialize(accounts, OAuthJson.Default.DictionaryStringStoredAccount);
        var result = await change(accounts);
        if (JsonSerializer.Serialize(accounts, OAuthJson.Default.DictionaryStringStoredAccount) != before)
            Save(accounts);
        return result;
    }

    /// <summary>Stores (or replaces) one account's tokens.</summary>
    public Task SaveAsync(string account, StoredAccount value, CancellationToken cancellationToken = default) =>
        UpdateAsync(accounts =>
        {
            accounts[account] = value;
            return Task.FromResult(true);
        }, cancellationToken);

    private Dictionary<string, StoredAccount> Load()
    {
        var plaintext = Cipher().Decrypt(File.ReadAllBytes(FilePath), _provider, FilePath);
        try
        {
            return JsonSerializer.Deserialize(plaintext, OAuthJson.Default.DictionaryStringStoredAccount) ?? [];
        }
        catch (JsonException)
        {
            throw new OAuthException($"{FilePath} decrypts but is not a token store; run `auth logout --all` and sign in again");
        }
    }

    private void Save(Dictionary<string, StoredAccount> accounts)
    {
        var encrypted = Cipher().Encrypt(JsonSerializer.SerializeToUtf8Bytes(accounts, OAuthJson.Default.DictionaryStringStoredAccount), _provider);
        AtomicFile.Write(FilePath, stream => stream.Write(encrypted), StoreDirectory.OwnerOnly);
    }

    private TokenCipher Cipher()
    {
        if (_cipher is null)
        {
            StoreDirectory.Ensure(Directory);
            _cipher = TokenCipher.Open(Directory);
        }
        return _cipher;
    }
}
