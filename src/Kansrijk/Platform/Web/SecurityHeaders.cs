namespace Kansrijk.Platform.Web;

public static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from this site. Styles also allow inline, because Observable Plot writes a
    /// &lt;style&gt; element into every chart it draws (docs/decisions/0003-content-security-policy.md).
    /// </summary>
    public static HeaderPolicyCollection Policy(bool isDevelopment)
    {
        var policy = new HeaderPolicyCollection()
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
            .AddPermissionsPolicy(b =>
            {
                b.AddCamera().None();
                b.AddMicrophone().None();
                b.AddGeolocation().None();
            })
            .RemoveServerHeader()
            .AddContentSecurityPolicy(b =>
            {
                b.AddDefaultSrc().Self();
                b.AddScriptSrc().Self();
                b.AddStyleSrc().Self().UnsafeInline();
                b.AddImgSrc().Self().Data();
                b.AddFontSrc().Self();
                b.AddConnectSrc().Self();
                b.AddObjectSrc().None();
                b.AddBaseUri().Self();
                b.AddFormAction().Self();
                b.AddFrameAncestors().None();
            });
        if (!isDevelopment)
        {
            policy.AddStrictTransportSecurityMaxAge(maxAgeInSeconds: 60 * 60 * 24 * 365);
        }
        return policy;
    }

    /// <summary>
    /// The API documentation (Scalar, /api/v1/docs) starts itself with an inline module script: that page alone may
    /// run inline scripts. Registered before UseSecurityHeaders, so its header is set last and wins.
    /// </summary>
    public static WebApplication UseApiDocsScripts(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(ApiV1.Docs))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.ContentSecurityPolicy =
                        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
                    return Task.CompletedTask;
                });
            }
            return next();
        });
        return app;
    }
}
