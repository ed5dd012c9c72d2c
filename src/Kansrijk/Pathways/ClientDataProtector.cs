using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kansrijk.Access.AccessLog;

namespace Kansrijk.Pathways;

/// <summary>Where the keys for client data live: outside the database, like the access log's key.</summary>
public sealed class ClientDataOptions
{
    public const string Section = "ClientData";

    /// <summary>
    /// A file with one key per line, "id base64" (32 bytes), the newest first; a line "matching base64" holds the key of
    /// the identity hash. Made when missing, readable by the service user only. Rotate with the command
    /// <c>rotate-client-data-key</c>: a new first line, old lines kept so older values still open.
    /// </summary>
    public string KeyFile { get; set; } = "keys/client-data.keys";
}

/// <summary>
/// Application-level encryption of the identifying fields (AES-256-GCM, a fresh nonce per value, the field name as
/// associated data so a value cannot be moved to another field), and a keyed hash of name and date of birth so the same
/// woman is recognised without anyone searching names. A value carries the id of its key: "k2.base64".
/// </summary>
public sealed class ClientDataProtector
{
    private const string MatchingId = "matching";
    private readonly IReadOnlyList<(string Id, byte[] Key)> keys;
    private readonly byte[] matchingKey;

    public ClientDataProtector(IReadOnlyList<(string Id, byte[] Key)> keys, byte[] matchingKey)
    {
        if (keys.Count == 0 || keys.Any(k => k.Key.Length != 32) || matchingKey.Length < 32)
        {
            throw new InvalidOperationException("De sleutels voor cliëntgegevens moeten 32 bytes zijn.");
        }
        this.keys = keys;
        this.matchingKey = matchingKey;
    }

    public string CurrentKeyId => keys[0].Id;

    public static ClientDataProtector Load(ClientDataOptions options, string contentRoot)
    {
        var path = Path.GetFullPath(Path.Combine(contentRoot, options.KeyFile));
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                PrivateFile.WriteAllText(path, $"k1 {NewKey()}\n{MatchingId} {NewKey()}\n");
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance made it at the same moment: use that one.
            }
        }
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2, StringSplitOptions.TrimEntries)).ToList();
        var matching = lines.FirstOrDefault(l => l[0] == MatchingId)
            ?? throw new InvalidOperationException($"{path} mist de regel '{MatchingId} …'.");
        return new ClientDataProtector(
            [.. lines.Where(l => l[0] != MatchingId).Select(l => (l[0], Convert.FromBase64String(l[1])))],
            Convert.FromBase64String(matching[1]));
    }

    /// <summary>Adds a new current key at the top of the key file; returns its id. Values are re-encrypted by the caller.</summary>
    public static string AddKey(ClientDataOptions options, string contentRoot)
    {
        var path = Path.GetFullPath(Path.Combine(contentRoot, options.KeyFile));
        var existing = Load(options, contentRoot);
        var next = "k" + (existing.keys.Select(k => int.TryParse(k.Id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).Max() + 1)
            .ToString(CultureInfo.InvariantCulture);
        var text = $"{next} {NewKey()}\n" + File.ReadAllText(path);
        var temporary = path + ".nieuw";
        File.Delete(temporary);
        PrivateFile.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
        return next;
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Protect(string field, string plain)
    {
        var (id, key) = keys[0];
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var data = Encoding.UTF8.GetBytes(plain);
        var sealedBytes = new byte[nonce.Length + AesGcm.TagByteSizes.MaxSize + data.Length];
        nonce.CopyTo(sealedBytes, 0);
        using var aes = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);
        aes.Encrypt(nonce, data, sealedBytes.AsSpan(nonce.Length + AesGcm.TagByteSizes.MaxSize),
            sealedBytes.AsSpan(nonce.Length, AesGcm.TagByteSizes.MaxSize), Encoding.UTF8.GetBytes(field));
        return $"{id}.{Convert.ToBase64String(sealedBytes)}";
    }

    public string? ProtectOptional(string field, string? plain) => string.IsNullOrWhiteSpace(plain) ? null : Protect(field, plain.Trim());

    /// <summary>What a field reads after the retention period removed it (the stored value is empty).</summary>
    public const string Erased = "(gegevens verwijderd)";

    public string Unprotect(string field, string value)
    {
        if (value.Length == 0) return Erased;
        var dot = value.IndexOf('.');
        var id = dot > 0 ? value[..dot] : throw new CryptographicException("Geen sleutel-id in de waarde.");
        var key = keys.FirstOrDefault(k => k.Id == id).Key ?? throw new CryptographicException($"Sleutel {id} ontbreekt.");
        var sealedBytes = Convert.FromBase64String(value[(dot + 1)..]);
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[sealedBytes.Length - nonceSize - tagSize];
        using var aes = new AesGcm(key, tagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, nonceSize), sealedBytes.AsSpan(nonceSize + tagSize), sealedBytes.AsSpan(nonceSize, tagSize), plain,
            Encoding.UTF8.GetBytes(field));
        return Encoding.UTF8.GetString(plain);
    }

    public string? UnprotectOptional(string field, string? value) => value is null ? null : Unprotect(field, value);

    /// <summary>The value under the current key (after a rotation); unchanged when it already is, or was erased.</summary>
    public string Reprotect(string field, string value) =>
        value.Length == 0 || value.StartsWith(CurrentKeyId + ".", StringComparison.Ordinal) ? value : Protect(field, Unprotect(field, value));

    /// <summary>A keyed hash for looking up a secret (such as a one-time code) without storing it; useless without the key.</summary>
    public string KeyedHash(string purpose, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(matchingKey, Encoding.UTF8.GetBytes(purpose + "|" + secret)));

    /// <summary>Name (case, accents and spaces ignored) and date of birth, keyed: equal for the same woman, useless without the key.</summary>
    public string IdentityHash(string name, DateOnly birthDate)
    {
        var normalized = new string(name.Normalize(NormalizationForm.FormD)
            .Where(c => char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(char.ToLowerInvariant).ToArray());
        var text = normalized + "|" + birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Convert.ToHexStringLower(HMACSHA256.HashData(matchingKey, Encoding.UTF8.GetBytes(text)));
    }
}
