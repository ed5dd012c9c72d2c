using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kansrijk.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignallingAndCaseMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    VideoLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OrganiserOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsFictional = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "CaseMeetingCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    PathwayId = table.Column<int>(type: "INTEGER", nullable: true),
                    ConsentId = table.Column<int>(type: "INTEGER", nullable: true),
                    PregnancyWeek = table.Column<int>(type: "INTEGER", nullable: true),
                    ThemesEncrypted = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    QuestionEncrypted = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    DiscussionEncrypted = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    DecisionsEncrypted = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    AddedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMeetingCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMeetingCases_CaseMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CaseMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseMeetingParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "CaseMeetingActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    PathwayId = table.Column<int>(type: "INTEGER", nullable: true),
                    WhatEncrypted = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                        principalTable: "CaseMeetingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AdviceDomainsKept = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                name: "IX_Referrals_Inbox",
                table: "Referrals",
                columns: new[] { "ReceiverOrganisationId", "Urgent", "CreatedAt", "Id" },
                descending: new[] { false, true, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingActions_CaseId",
                table: "CaseMeetingActions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingActions_OwnerUserId_DoneAt",
                table: "CaseMeetingActions",
                columns: new[] { "OwnerUserId", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingCases_MeetingId",
                table: "CaseMeetingCases",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingCases_PathwayId",
                table: "CaseMeetingCases",
                column: "PathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingParticipants_MeetingId",
                table: "CaseMeetingParticipants",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingParticipants_OrganisationId",
                table: "CaseMeetingParticipants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetingParticipants_UserId_MeetingId",
                table: "CaseMeetingParticipants",
                columns: new[] { "UserId", "MeetingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetings_OrganiserOrganisationId",
                table: "CaseMeetings",
                column: "OrganiserOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeetings_StartsAt",
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
                name: "CaseMeetingActions");

            migrationBuilder.DropTable(
                name: "CaseMeetingParticipants");

            migrationBuilder.DropTable(
                name: "SignallingInvitations");

            migrationBuilder.DropTable(
                name: "CaseMeetingCases");

            migrationBuilder.DropTable(
                name: "SignallingResponses");

            migrationBuilder.DropTable(
                name: "CaseMeetings");

            migrationBuilder.DropTable(
                name: "InstrumentVersions");

            migrationBuilder.DropTable(
                name: "Instruments");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_Inbox",
                table: "Referrals");
        }
    }
}
