using System.Security.Cryptography;
using System.Xml.Linq;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Settings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace Kansrijk.Platform.Operations;

/// <summary>
/// The data-protection key ring (it signs the login cookie and the form tokens) lives where every instance finds
/// it, in the database or a configured folder, so a restart or a second instance keeps people logged in and forms
/// valid. Each key is encrypted at rest with AES-GCM under a key that is not in the database (DataProtection:EncryptionKey
/// or the file DataProtection:EncryptionKeyFile). See docs/deployment.md.
/// </summary>
public static class KeyRing
{
    public static IServiceCollection AddKansrijkKeyRing(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var builder = services.AddDataProtection().SetApplicationName(options.ApplicationName);
        if (options.Store == KeyStore.Folder)
        {
            var folder = PrivateFiles.Folder(Path.GetFullPath(Path.Combine(contentRoot, options.Folder)));
            builder.PersistKeysToFileSystem(new DirectoryInfo(folder));
        }
        else
        {
            builder.PersistKeysToDbContext<KansrijkDb>();
        }
        services.AddSingleton<KeyEncryptionKey>();
        services.AddOptions<KeyManagementOptions>().Configure<KeyEncryptionKey>((o, key) => o.XmlEncryptor = new AesGcmXmlEncryptor(key));
        return services;
    }
}

/// <summary>The 32-byte key that encrypts the key ring: from configuration, or from a key file made once, readable by the owner only.</summary>
public sealed class KeyEncryptionKey(IOptions<KeyRingOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<byte[]> key = new(() => Load(options.Value, environment.ContentRootPath));

    public byte[] Bytes => key.Value;

    private static byte[] Load(KeyRingOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            return Convert.FromBase64String(options.EncryptionKey.Trim());
        }
        var file = Path.GetFullPath(Path.Combine(contentRoot, options.EncryptionKeyFile));
        if (!File.Exists(file))
        {
            PrivateFiles.Folder(Path.GetDirectoryName(file)!);
            var fresh = RandomNumberGenerator.GetBytes(32);
            try
            {
                PrivateFiles.WriteNew(file, Convert.ToBase64String(fresh));
                return fresh;
            }
            catch (IOException) when (File.Exists(file))
            {
                // another instance made it at the same moment: use theirs
            }
        }
        var text = File.ReadAllText(file).Trim();
        var bytes = new byte[64];
        if (!Convert.TryFromBase64String(text, bytes, out var written) || written != 32)
        {
            throw new InvalidOperationException($"DataProtection:EncryptionKeyFile {file} bevat geen sleutel van 32 bytes in base64.");
        }
        return bytes[..32];
    }
}

/// <summary>Encrypts a key's XML with AES-256-GCM; the decryptor finds the same key in the services.</summary>
public sealed class AesGcmXmlEncryptor(KeyEncryptionKey key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(key.Bytes, tag.Length))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }
        var element = new XElement("encryptedKey",
            new XComment(" Versleuteld met AES-256-GCM onder DataProtection:EncryptionKey(File). "),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("ciphertext", Convert.ToBase64String(cipher)));
        return new EncryptedXmlInfo(element, typeof(AesGcmXmlDecryptor));
    }
}

public sealed class AesGcmXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var key = services.GetRequiredService<KeyEncryptionKey>();
        var nonce = Convert.FromBase64String(encryptedElement.Element("nonce")!.Value);
        var tag = Convert.FromBase64String(encryptedElement.Element("tag")!.Value);
        var cipher = Convert.FromBase64String(encryptedElement.Element("ciphertext")!.Value);
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(key.Bytes, tag.Length))
        {
            aes.Decrypt(nonce, cipher, tag, plain);
        }
        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
    }
}

/// <summary>Folders and files only the service user can read (0700 and 0600 on Unix).</summary>
public static class PrivateFiles
{
    public static string Folder(string path)
    {
        if (!Directory.Exists(path))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(path);
            }
            else
            {
                Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        return path;
    }

    /// <summary>Creates the file (fails when it exists) with owner-only rights and writes the text.</summary>
    public static void WriteNew(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }

    /// <summary>Creates an empty file with owner-only rights when it does not exist yet (for the SQLite database).</summary>
    public static void Touch(string path)
    {
        if (File.Exists(path))
        {
            return;
        }
        try
        {
            WriteNew(path, "");
        }
        catch (IOException) when (File.Exists(path))
        {
        }
    }
}
