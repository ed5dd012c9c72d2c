using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Signalling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Instruments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstrumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstrumentVersions_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignallingResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PathwayId = table.Column<int>(type: "INTEGER", nullable: false),
                    InstrumentVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    FilledBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnswersEncrypted = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignallingResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignallingResponses_InstrumentVersions_InstrumentVersionId",
                        column: x => x.InstrumentVersionId,
                        principalTable: "InstrumentVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SignallingResponses_Pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignallingInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PathwayId = table.Column<int>(type: "INTEGER", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignallingInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignallingInvitations_Pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SignallingInvitations_SignallingResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SignallingResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_Key",
                table: "Instruments",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentVersions_InstrumentId_Number",
                table: "InstrumentVersions",
                columns: new[] { "InstrumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignallingInvitations_CodeHash",
                table: "SignallingInvitations",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignallingInvitations_PathwayId",
                table: "SignallingInvitations",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_SignallingInvitations_ResponseId",
                table: "SignallingInvitations",
                column: "ResponseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignallingResponses_InstrumentVersionId",
                table: "SignallingResponses",
                column: "InstrumentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SignallingResponses_PathwayId_SubmittedAt",
                table: "SignallingResponses",
                columns: new[] { "PathwayId", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignallingInvitations");

            migrationBuilder.DropTable(
                name: "SignallingResponses");

            migrationBuilder.DropTable(
                name: "InstrumentVersions");

            migrationBuilder.DropTable(
                name: "Instruments");
        }
    }
}
