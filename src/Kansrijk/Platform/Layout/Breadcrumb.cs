using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Kansrijk.Platform.Layout;

public sealed record Breadcrumb(string Title, string? Url);

public static class PageInfo
{
    private const string BreadcrumbsKey = "Breadcrumbs";

    /// <summary>Sets the page title and the breadcrumb trail after "Home".</summary>
    public static void SetPage(this ViewDataDictionary viewData, string title, params Breadcrumb[] trail)
    {
        viewData["Title"] = title;
        viewData[BreadcrumbsKey] = trail;
    }

    public static IReadOnlyList<Breadcrumb> Breadcrumbs(this ViewDataDictionary viewData) =>
        viewData[BreadcrumbsKey] as Breadcrumb[] ?? [];
}
