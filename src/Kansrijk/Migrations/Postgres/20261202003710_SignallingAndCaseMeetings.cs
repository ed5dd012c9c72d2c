using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kansrijk.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SignallingAndCaseMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseMeetings",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    VideoLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OrganiserOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsFictional = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMeetings_Organisations_OrganiserOrganisationId",
                        column: x => x.OrganiserOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "CaseMeetingCases",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    PathwayId = table.Column<int>(type: "integer", nullable: true),
                    ConsentId = table.Column<int>(type: "integer", nullable: true),
                    PregnancyWeek = table.Column<int>(type: "integer", nullable: true),
                    ThemesEncrypted = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    QuestionEncrypted = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    DiscussionEncrypted = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    DecisionsEncrypted = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    AddedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMeetingCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMeetingCases_CaseMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "clients",
                        principalTable: "CaseMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseMeetingParticipants",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMeetingParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMeetingParticipants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseMeetingParticipants_CaseMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "clients",
                        principalTable: "CaseMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseMeetingParticipants_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "CaseMeetingActions",
                schema: "clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    PathwayId = table.Column<int>(type: "integer", nullable: true),
                    WhatEncrypted = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OwnerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OfferId = table.Column<int>(type: "integer", nullable: true),
                    ReferralId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMeetingActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMeetingActions_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseMeetingActions_CaseMeetingCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "clients",
                        principalTable: "CaseMeetingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AdviceDomainsKept = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                name: "IX_Referrals_Inbox",
                schema: "clients",
                table: "Referrals",
                columns: new[] { "ReceiverOrganisationId", "Urgent", "CreatedAt", "Id" },
                descending: new[] { false, true, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingActions_CaseId",
                schema: "clients",
                table: "CaseMeetingActions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingActions_OwnerUserId_DoneAt",
                schema: "clients",
                table: "CaseMeetingActions",
                columns: new[] { "OwnerUserId", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingCases_MeetingId",
                schema: "clients",
                table: "CaseMeetingCases",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingCases_PathwayId",
                schema: "clients",
                table: "CaseMeetingCases",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingParticipants_MeetingId",
                schema: "clients",
                table: "CaseMeetingParticipants",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingParticipants_OrganisationId",
                schema: "clients",
                table: "CaseMeetingParticipants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingParticipants_UserId_MeetingId",
                schema: "clients",
                table: "CaseMeetingParticipants",
                columns: new[] { "UserId", "MeetingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetings_OrganiserOrganisationId",
                schema: "clients",
                table: "CaseMeetings",
                column: "OrganiserOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetings_StartsAt",
                schema: "clients",
                table: "CaseMeetings",
                column: "StartsAt");

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
                name: "CaseMeetingActions",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "CaseMeetingParticipants",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "SignallingInvitations",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "CaseMeetingCases",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "SignallingResponses",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "CaseMeetings",
                schema: "clients");

            migrationBuilder.DropTable(
                name: "InstrumentVersions");

            migrationBuilder.DropTable(
                name: "Instruments");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_Inbox",
                schema: "clients",
                table: "Referrals");
        }
    }
}
