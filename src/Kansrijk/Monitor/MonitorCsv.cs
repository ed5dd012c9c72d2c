using System.Globalization;
using System.Text;
using Kansrijk.Platform.Csv;
using Microsoft.AspNetCore.Mvc;

namespace Kansrijk.Monitor;

/// <summary>The CSV download of a monitor page: exactly the cells it shows, suppression applied, Dutch spreadsheet style.</summary>
public static class MonitorCsv
{
    public sealed record Line(Indicator Indicator, string AreaCode, string AreaName, MonitorCell Cell);

    public static FileContentResult File(string fileName, IEnumerable<Line> lines)
    {
        using var writer = new StringWriter();
        using (var csv = CsvExport.Open(writer))
        {
            foreach (var header in new[] { "indicator", "indicatornaam", "gebied", "gebiedsnaam", "periode", "teller", "noemer", "waarde", "eenheid", "onderdrukt", "soort", "bron", "synthetisch" })
            {
                csv.WriteCell(header);
            }
            csv.NextRecord();
            foreach (var line in lines)
            {
                var c = line.Cell;
                csv.WriteCell(line.Indicator.Code);
                csv.WriteCell(line.Indicator.Name);
                csv.WriteCell(line.AreaCode);
                csv.WriteCell(line.AreaName);
                csv.WriteCell(c.Period);
                csv.WriteCell(c.Numerator?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteCell(c.Denominator?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteCell(MonitorFormat.Number(line.Indicator, c.Value));
                csv.WriteCell(MonitorNames.Dutch(line.Indicator.Unit));
                csv.WriteCell(c.Suppressed ? MonitorNames.Suppressed : c.InsufficientData ? MonitorNames.InsufficientData : "");
                csv.WriteCell(MonitorFormat.KindText(c));
                csv.WriteCell(c.Source);
                csv.WriteCell(c.Synthetic ? MonitorNames.SyntheticLabel : "");
                csv.NextRecord();
            }
        }
        return new FileContentResult(new UTF8Encoding(true).GetBytes(writer.ToString()), "text/csv; charset=utf-8") { FileDownloadName = fileName };
    }
}
