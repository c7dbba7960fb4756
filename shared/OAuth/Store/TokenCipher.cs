using System.Security.Cryptography;
using System.Text;
using McpServers.Storage;

namespace McpServers.OAuth.Store;

/// <summary>
/// AES-256-GCM over a store file's bytes, under a random key kept in its own 0600 file beside the stores. A copied
/// store file alone reveals nothing; the associated data binds a ciphertext to its provider, so files cannot be swapped.
/// Layout: "MCPT1" | 12-byte nonce | 16-byte tag | ciphertext.
/// </summary>
internal sealed class TokenCipher
{
    private static readonly byte[] Magic = "MCPT1"u8.ToArray();
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    private TokenCipher(byte[] key) => _key = key;

    /// <summary>Loads the key from <c>key</c> in <paramref name="directory"/>, creating it (0600) when absent.</summary>
    public static TokenCipher Open(string directory)
    {
        var path = Path.Combine(directory, "key");
        if (File.Exists(path))
        {
            var existing = Convert.FromBase64String(File.ReadAllText(path).Trim());
            if (existing.Length != 32)
                throw new OAuthException($"the token key {path} is damaged (expected 32 bytes); delete it and the *.tokens files beside it, then sign in again");
            return new TokenCipher(existing);
        }
        var key = RandomNumberGenerator.GetBytes(32);
        // When two processes race to make the key, one wins and the other reads the winner's.
        if (!AtomicFile.CreateNew(path, Encoding.ASCII.GetBytes(Convert.ToBase64String(key)), StoreDirectory.OwnerOnly))
            return Open(directory);
        return new TokenCipher(key);
    }

    public byte[] Encrypt(byte[] plaintext, string provider)
    {
        var output = new byte[Magic.Length + NonceSize + TagSize + plaintext.Length];
        Magic.CopyTo(output, 0);
        var nonce = output.AsSpan(Magic.Length, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(Magic.Length + NonceSize + TagSize), output.AsSpan(Magic.Length + NonceSize, TagSize), Associated(provider));
        return output;
    }

    public byte[] Decrypt(byte[] data, string provider, string path)
    {
        if (data.Length < Magic.Length + NonceSize + TagSize || !data.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw new OAuthException($"{path} is not a token store written by this program");
        var plaintext = new byte[data.Length - Magic.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(data.AsSpan(Magic.Length, NonceSize), data.AsSpan(Magic.Length + NonceSize + TagSize),
                data.AsSpan(Magic.Length + NonceSize, TagSize), plaintext, Associated(provider));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new OAuthException($"{path} cannot be decrypted with the key beside it (key replaced, or file damaged); run `auth logout --all` and sign in again");
        }
        return plaintext;
    }

    private static byte[] Associated(string provider) => Encoding.UTF8.GetBytes("mcp-servers-oauth:" + provider);
}
