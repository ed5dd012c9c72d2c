using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Kansrijk.Access.Login;

[EnableRateLimiting("login")]
public sealed class LoginTwoFactorModel(SignInManager<User> signIn, AccessLogWriter log) : PageModel
{
    [BindProperty] public string? Code { get; set; }
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
        var code = (Code ?? "").Replace(" ", "").Replace("-", "");
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        return await TwoFactorOutcome.HandleAsync(this, log, user, result, ReturnUrl, "authenticator-app", e => Error = e);
    }
}

internal static class TwoFactorOutcome
{
    public static async Task<IActionResult> HandleAsync(PageModel page, AccessLogWriter log, User user, Microsoft.AspNetCore.Identity.SignInResult result,
        string? returnUrl, string method, Action<string> setError)
    {
        if (result.Succeeded)
        {
            await log.RecordAsync(new AccessEvent(AccessAction.Login, "Account", user.Id, Details: $"Met tweede stap ({method})") { UserId = user.Id, UserName = user.UserName });
            return page.LocalRedirect(LoginModel.SafeReturnUrl(returnUrl));
        }
        await log.RecordAsync(new AccessEvent(AccessAction.Login, "Account", user.Id,
            result.IsLockedOut ? AccessOutcome.Denied : AccessOutcome.Failure, Details: $"Tweede stap mislukt ({method})")
        { UserId = user.Id, UserName = user.UserName });
        setError(result.IsLockedOut
            ? LoginModel.FailedMessage
            : "De code klopt niet. Controleer de code in de app en probeer het opnieuw.");
        return page.Page();
    }
}
