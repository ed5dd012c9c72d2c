using System.Security.Claims;
using System.Text.Encodings.Web;
using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Kansrijk.Access.Account;

public sealed class TwoFactorModel(UserManager<User> users, SignInManager<User> signIn, AccessLogWriter log) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    public string? Error { get; private set; }
    public bool Enabled { get; private set; }
    public bool MustEnable => User.IsInRole(RoleNames.Administrator);
    public int RecoveryCodesLeft { get; private set; }
    public string FormattedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var code = (Code ?? "").Replace(" ", "").Replace("-", "");
        var valid = code.Length > 0 && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            Error = "De code klopt niet. Vul de code van 6 cijfers in die de app nu toont.";
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await log.RecordAsync(new AccessEvent(AccessAction.Update, "Account", user.Id, Details: "Tweestapsverificatie aangezet"));
        // The person just proved the second factor: the new session counts as a two-factor login.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(Policies.MfaClaimType, Policies.MfaClaimValue)]);
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostNewRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage();
        }
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await log.RecordAsync(new AccessEvent(AccessAction.Update, "Account", user.Id, Details: "Nieuwe herstelcodes"));
        Enabled = true;
        return Page();
    }

    private async Task LoadAsync(User user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        if (Enabled)
        {
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        FormattedKey = string.Join(" ", key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = $"otpauth://totp/{UrlEncoder.Default.Encode("Kansrijk")}:{UrlEncoder.Default.Encode(user.Email ?? "")}?secret={key}&issuer=Kansrijk&digits=6";
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(qr).GetGraphic(5));
    }
}
