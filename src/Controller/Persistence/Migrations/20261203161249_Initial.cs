using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Autoscaler.Controller.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Fleet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Create = table.Column<int>(type: "INTEGER", nullable: false),
                    Undrain = table.Column<int>(type: "INTEGER", nullable: false),
                    Drain = table.Column<int>(type: "INTEGER", nullable: false),
                    Delete = table.Column<int>(type: "INTEGER", nullable: false),
                    Reboot = table.Column<int>(type: "INTEGER", nullable: false),
                    Replace = table.Column<int>(type: "INTEGER", nullable: false),
                    DryRun = table.Column<bool>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fleets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Paused = table.Column<bool>(type: "INTEGER", nullable: false),
                    ManualFloor = table.Column<int>(type: "INTEGER", nullable: true),
                    LastScaleUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastScaleDownAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConsecutiveCreateFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    CreateBackoffUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fleets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "load_samples",
                columns: table => new
                {
                    Fleet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Players = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Servers = table.Column<int>(type: "INTEGER", nullable: false),
                    ReadyServers = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_load_samples", x => new { x.Fleet, x.At });
                });

            migrationBuilder.CreateTable(
                name: "operations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Fleet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServerId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_operations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "servers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Fleet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreateOperationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CloudId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CloudStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StateSince = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadyAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreateUncertain = table.Column<bool>(type: "INTEGER", nullable: false),
                    RebootCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Players = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmptySince = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_servers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_decisions_Fleet_At",
                table: "decisions",
                columns: new[] { "Fleet", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_operations_Fleet_Status",
                table: "operations",
                columns: new[] { "Fleet", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_operations_ServerId",
                table: "operations",
                column: "ServerId");

            migrationBuilder.CreateIndex(
                name: "IX_servers_CloudId",
                table: "servers",
                column: "CloudId");

            migrationBuilder.CreateIndex(
                name: "IX_servers_Fleet_State",
                table: "servers",
                columns: new[] { "Fleet", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "fleets");

            migrationBuilder.DropTable(
                name: "load_samples");

            migrationBuilder.DropTable(
                name: "operations");

            migrationBuilder.DropTable(
                name: "servers");
        }
    }
}
