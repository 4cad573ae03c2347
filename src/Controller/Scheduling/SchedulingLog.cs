namespace Autoscaler.Controller.Scheduling;

/// <summary>Log messages of the job scheduling (event ids 1400-1499).</summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 1400, Level = LogLevel.Debug, Message = "Fleet {Fleet}: a report broke the buffer; policy fired early")]
    public static partial void FiredEarly(ILogger logger, string fleet);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Fleet {Fleet}: could not fire the policy early; the timer will run it")]
    public static partial void FireFailed(ILogger logger, string fleet, Exception exception);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information, Message = "Fleet {Fleet}: policy every {Interval}")]
    public static partial void Scheduled(ILogger logger, string fleet, TimeSpan interval);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Error, Message = "Could not reschedule a policy job after a configuration edit; the old interval stays")]
    public static partial void RescheduleFailed(ILogger logger, Exception exception);
}
