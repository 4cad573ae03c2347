namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>A server's backup schedule (v1.0): weekly is a day name or DISABLED, daily a two-hour window or DISABLED.</summary>
internal sealed record BackupScheduleRecord(bool Enabled, string Weekly, string Daily)
{
    public static BackupScheduleRecord Disabled { get; } = new(false, "DISABLED", "DISABLED");

    public static IReadOnlySet<string> WeeklyValues { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "DISABLED", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
    };

    public static IReadOnlySet<string> DailyValues { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "DISABLED", "H_0000_0200", "H_0200_0400", "H_0400_0600", "H_0600_0800", "H_0800_1000", "H_1000_1200",
        "H_1200_1400", "H_1400_1600", "H_1600_1800", "H_1800_2000", "H_2000_2200", "H_2200_0000",
    };
}
