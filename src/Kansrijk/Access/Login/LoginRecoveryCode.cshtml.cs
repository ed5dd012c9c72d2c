using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Kansrijk.Access.Login;

[EnableRateLimiting("login")]
public sealed class LoginRecoveryCodeModel(SignInManager<User> signIn, AccessLogWriter log) : PageModel
{
    [BindProperty] public string? RecoveryCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Access/Login/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Access/Login/Login");
        }
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync((RecoveryCode ?? "").Replace(" ", ""));
        return await TwoFactorOutcome.HandleAsync(this, log, user, result, ReturnUrl, "herstelcode", e => Error = e);
    }
}
