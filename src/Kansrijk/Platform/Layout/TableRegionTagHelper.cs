using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Kansrijk.Platform.Layout;

/// <summary>
/// <c>&lt;table-region label="..."&gt;</c>: the box around a wide table. On a narrow screen the table scrolls sideways inside
/// it instead of breaking words or widening the page, so the box is a labelled region that takes keyboard focus (a
/// keyboard user scrolls it with the arrow keys). Each label on a page must be unique: regions are landmarks.
/// </summary>
[HtmlTargetElement("table-region")]
public sealed class TableRegionTagHelper : TagHelper
{
    /// <summary>What the table shows, e.g. "Tabel: vergelijking 2024".</summary>
    [HtmlAttributeName("label")]
    public string Label { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "kansrijk-table-wrap");
        output.Attributes.SetAttribute("role", "region");
        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("aria-label", Label);
    }
}
