import { Injectable } from '@nestjs/common';

/**
 * The time of day for everything that plans ahead (follow-ups, windows, periodic sweeps). One
 * injectable source so tests can move time forward by days without waiting for it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock a test sets and moves: starts at the real time. */
export class ManualClock extends Clock {
  private offsetMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
