using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Access.Login;

public sealed class LogoutModel(SignInManager<User> signIn, AccessLogWriter log) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await log.RecordAsync(new AccessEvent(AccessAction.Logout, "Account", User.UserId()));
        }
        await signIn.SignOutAsync();
        return RedirectToPage("/Access/Login/Logout");
    }
}
