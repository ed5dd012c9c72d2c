using System.Security.Cryptography;
using System.Text;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Kansrijk.Access.Secrets;

/// <summary>
/// Identity's user store, with the two-factor secrets protected at rest: the authenticator key is encrypted with
/// ASP.NET Core data protection (fixed purpose, keys outside the database), recovery codes are stored only as
/// salted PBKDF2 hashes. Values written before this existed (a plain key, plain codes) are still read, and a plain
/// key is encrypted the first time it is read.
/// </summary>
public sealed class KansrijkUserStore(KansrijkDb context, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserOnlyStore<User, KansrijkDb>(context, describer)
{
    public const string Purpose = "Kansrijk.Access.AuthenticatorKey.v1";
    private const string EncryptedPrefix = "dp1:";
    private const string HashedPrefix = "h1:";

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    public override Task SetAuthenticatorKeyAsync(User user, string key, CancellationToken cancellationToken = default) =>
        base.SetAuthenticatorKeyAsync(user, EncryptedPrefix + protector.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(User user, CancellationToken cancellationToken = default)
    {
        var stored = await base.GetAuthenticatorKeyAsync(user, cancellationToken);
        if (string.IsNullOrEmpty(stored))
        {
            return stored;
        }
        if (stored.StartsWith(EncryptedPrefix, StringComparison.Ordinal))
        {
            try
            {
                return protector.Unprotect(stored[EncryptedPrefix.Length..]);
            }
            catch (CryptographicException)
            {
                // The data-protection key is gone: the key cannot be read, so the person sets up the app again.
                return null;
            }
        }
        await SetAuthenticatorKeyAsync(user, stored, cancellationToken);
        await Context.SaveChangesAsync(cancellationToken);
        return stored;
    }

    public override Task ReplaceCodesAsync(User user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(c => Hash(user, c)), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(User user, string code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(code) || code.Contains(':') || code.Contains(';'))
        {
            return false;
        }
        return await base.RedeemCodeAsync(user, Hash(user, code), cancellationToken)
            // A plain code from before hashing; a stored hash itself never works as a code (it contains ':').
            || await base.RedeemCodeAsync(user, code, cancellationToken);
    }

    internal static string Hash(User user, string code)
    {
        var salt = Encoding.UTF8.GetBytes("kansrijk-herstelcode:" + user.Id);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, 20_000, HashAlgorithmName.SHA256, 32);
        return HashedPrefix + Convert.ToBase64String(hash);
    }
}
