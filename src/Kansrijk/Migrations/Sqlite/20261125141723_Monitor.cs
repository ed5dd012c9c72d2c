using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Monitor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RowCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Synthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorRevisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NumeratorDescription = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DenominatorDescription = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DesiredDirection = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Set = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SuppressionThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    Decimals = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValueHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Numerator = table.Column<long>(type: "INTEGER", nullable: true),
                    Denominator = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ImportBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReplacedByBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValueHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    PeriodStart = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Numerator = table.Column<long>(type: "INTEGER", nullable: true),
                    Denominator = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ImportBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Areas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "Areas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_ImportBatches_ImportBatchId",
                        column: x => x.ImportBatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Indicators_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "Indicators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorRevisions_IndicatorCode",
                table: "IndicatorRevisions",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValueHistory_IndicatorCode_AreaCode_Period",
                table: "IndicatorValueHistory",
                columns: new[] { "IndicatorCode", "AreaCode", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_AreaCode",
                table: "IndicatorValues",
                column: "AreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_ImportBatchId",
                table: "IndicatorValues",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorCode_AreaCode_Period",
                table: "IndicatorValues",
                columns: new[] { "IndicatorCode", "AreaCode", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorCode_Period",
                table: "IndicatorValues",
                columns: new[] { "IndicatorCode", "Period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorRevisions");

            migrationBuilder.DropTable(
                name: "IndicatorValueHistory");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "ImportBatches");

            migrationBuilder.DropTable(
                name: "Indicators");
        }
    }
}
