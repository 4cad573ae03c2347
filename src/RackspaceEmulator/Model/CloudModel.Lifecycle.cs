using Autoscaler.RackspaceEmulator.Model;

namespace Autoscaler.RackspaceEmulator;

/// <summary>The timed state machines: every timed status has a due time; reaching it moves the server on.</summary>
public sealed partial class CloudModel
{
    /// <summary>Moves a server into <paramref name="status"/> at <paramref name="at"/>, ending by itself after <paramref name="duration"/>.</summary>
    private void Enter(ServerRecord server, string status, DateTimeOffset at, TimeSpan? duration, List<ServerStatusChangedEventArgs> changes)
    {
        var old = server.Status;
        server.Status = status;
        server.PhaseStarted = at;
        server.PhaseDue = duration is { } d ? at + d : null;
        server.Updated = at;
        if (status == ServerStatus.Deleted)
        {
            server.DeletedAt = at;
        }

        changes.Add(new ServerStatusChangedEventArgs(server.ToSnapshot(at), old, at));
    }

    /// <summary>Applies every transition whose due time has passed, each at its own due time, then (re)arms the timer.</summary>
    private void CatchUp(ServerRecord server, DateTimeOffset now, List<ServerStatusChangedEventArgs> changes)
    {
        while (server.PhaseDue is { } due && due <= now)
        {
            Complete(server, due, changes);
        }

        Arm(server, now);
    }

    private void Complete(ServerRecord server, DateTimeOffset at, List<ServerStatusChangedEventArgs> changes)
    {
        switch (server.Status)
        {
            case ServerStatus.Build:
                Enter(server, server.BuildOutcome == BuildOutcome.Error ? ServerStatus.Error : ServerStatus.Active, at, null, changes);
                break;
            case ServerStatus.QueueResize:
                Enter(server, ServerStatus.PrepResize, at, Options.ResizeStepTime, changes);
                break;
            case ServerStatus.PrepResize:
                Enter(server, ServerStatus.Resize, at, Options.ResizeStepTime, changes);
                break;
            case ServerStatus.Resize:
                Enter(server, ServerStatus.VerifyResize, at, Options.ResizeAutoConfirmTime, changes);
                break;
            case ServerStatus.VerifyResize:
                // Unconfirmed resizes are confirmed automatically after a day, as the guide says.
                server.PreviousFlavorId = null;
                Enter(server, ServerStatus.Active, at, null, changes);
                break;
            case ServerStatus.RevertResize:
                server.FlavorId = server.PreviousFlavorId ?? server.FlavorId;
                server.PreviousFlavorId = null;
                Enter(server, ServerStatus.Active, at, null, changes);
                break;
            default:
                // REBOOT, HARD_REBOOT, REBUILD, PASSWORD.
                Enter(server, ServerStatus.Active, at, null, changes);
                break;
        }
    }

    private void Arm(ServerRecord server, DateTimeOffset now)
    {
        if (_disposed || server.PhaseDue is not { } due)
        {
            server.Timer?.Dispose();
            server.Timer = null;
            return;
        }

        if (server.Timer is not null && server.ArmedFor == due)
        {
            return;
        }

        server.Timer?.Dispose();
        server.ArmedFor = due;
        server.Timer = _time.CreateTimer(OnServerTimer, server.Id, due - now, Timeout.InfiniteTimeSpan);
    }

    private void OnServerTimer(object? state)
    {
        var id = (string)state!;
        Update(changes =>
        {
            if (!_disposed && _servers.TryGetValue(id, out var server))
            {
                CatchUp(server, _time.GetUtcNow(), changes);
            }

            return 0;
        });
    }

    /// <summary>Brings every timed image up to date.</summary>
    private void CatchUpImage(ImageRecord image, DateTimeOffset now)
    {
        if (image.Status == "SAVING" && image.SaveDue is { } due && due <= now)
        {
            image.Status = "ACTIVE";
            image.Updated = due;
            image.SaveDue = null;
            image.Timer?.Dispose();
            image.Timer = null;
        }
    }

    private void OnImageTimer(object? state)
    {
        var id = (string)state!;
        lock (_gate)
        {
            var image = _images.FirstOrDefault(i => i.Id == id);
            if (image is not null && !_disposed)
            {
                CatchUpImage(image, _time.GetUtcNow());
            }
        }
    }
}
