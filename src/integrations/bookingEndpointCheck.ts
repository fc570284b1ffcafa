/**
 * Fails `astro build` (and `astro dev`) early when PUBLIC_BOOKING_ENDPOINT is not https (loopback
 * excepted), or is missing while content/practice/site.yaml takes bookings by form: a site must
 * never ship a form that posts nowhere. The rules live in src/lib/booking/endpoint.ts; this hook
 * only reads the booking mode and calls them. Unit-tested by calling the hook
 * (tests/unit/booking.test.ts), so no test needs a failing build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkedContent } from '../editorial/pipeline';
import { bookingSetup } from '../lib/booking/endpoint';

/** @param options.endpoint PUBLIC_BOOKING_ENDPOINT as astro.config.mjs reads it (env or .env). */
export function bookingEndpointCheck(options: { endpoint: string | undefined }): AstroIntegration {
  return {
    name: 'booking-endpoint-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        // The settings as the content check read them (it runs first), not a second YAML parse.
        const settings = checkedContent(fileURLToPath(config.root)).entries.find((e) => e.collection === 'practice');
        const mode = (settings?.data.booking as { mode?: string } | undefined)?.mode === 'phone-only' ? 'phone-only' : 'form';
        try {
          bookingSetup({ endpoint: options.endpoint, mode, command });
        } catch (error) {
          throw new Error(`Booking form: ${error instanceof Error ? error.message : error}`);
        }
      },
    },
  };
}
