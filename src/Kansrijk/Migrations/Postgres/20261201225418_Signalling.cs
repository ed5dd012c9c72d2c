using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kansrijk.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstrumentId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PathwayId = table.Column<int>(type: "integer", nullable: false),
                    InstrumentVersionId = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    FilledBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnswersEncrypted = table.Column<string>(type: "text", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                        principalSchema: "clients",
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignallingInvitations",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PathwayId = table.Column<int>(type: "integer", nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResponseId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignallingInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignallingInvitations_Pathways_PathwayId",
                        column: x => x.PathwayId,
                        principalSchema: "clients",
                        principalTable: "Pathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SignallingInvitations_SignallingResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalSchema: "clients",
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
                schema: "clients",
                table: "SignallingInvitations",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignallingInvitations_PathwayId",
                schema: "clients",
                table: "SignallingInvitations",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_SignallingInvitations_ResponseId",
                schema: "clients",
                table: "SignallingInvitations",
                column: "ResponseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignallingResponses_InstrumentVersionId",
                schema: "clients",
                table: "SignallingResponses",
                column: "InstrumentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SignallingResponses_PathwayId_SubmittedAt",
                schema: "clients",
                table: "SignallingResponses",
                columns: new[] { "PathwayId", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignallingInvitations",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "SignallingResponses",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "InstrumentVersions");

            migrationBuilder.DropTable(
                name: "Instruments");
        }
    }
}
