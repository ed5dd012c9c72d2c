namespace Kansrijk.Access.Sessions;

/// <summary>
/// After an administrator forced a password reset, the person can only reach the password page and logout
/// until she has chosen a new password; everything else redirects there (or gets 403 on /api).
/// </summary>
public static class PasswordChangeGate
{
    public const string PasswordPage = "/account/wachtwoord";

    public static IApplicationBuilder UseKansrijkPasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Items.ContainsKey(SessionValidator.MustChangePasswordItem) && !Allowed(context.Request.Path))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            }
            else
            {
                context.Response.Redirect(PasswordPage);
            }
            return;
        }
        await next(context);
    });

    private static bool Allowed(PathString path) =>
        path.StartsWithSegments(PasswordPage) || path.StartsWithSegments("/uitloggen") || path.StartsWithSegments("/fout");
}
