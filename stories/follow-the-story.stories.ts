import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@nutgraf/alliance-map/define';
import '@nutgraf/share-donut/define';
import '@nutgraf/actor-network/define';
import { followStory } from '../packages/nutgraf/src/follow-story.js';

/** The demo article's paragraphs; the marked ones carry the actors they name (the main one first). */
const PARAGRAPHS: [actors: string, text: string][] = [
  [
    'putin iran',
    'Vladimir Putin has yet to comment on the dramatic events in Iran, where his allies are facing the largest uprising since the victory of the Islamic Revolution in 1979.',
  ],
  [
    'venezuela maduro putin united-states iran',
    'If Tehran resents the silence of their Russian friend, it should remember that Putin also remained silent about the American operation in Venezuela on 3 January, when their mutual friend Nicolás Maduro was arrested and taken to America.',
  ],
  [
    '',
    'Putin\'s silence regarding the dramatic events shaking the alliance to which he belongs is a sign of his lack of ideas on how to become involved in the many "battles" his friends are fighting around the world, while he himself is stuck in Ukraine.',
  ],
  [
    '',
    'The Kremlin is trying to mitigate the absence of its leader from the fights of Russian allies worldwide in order to show its partners that Russia has not turned its back.',
  ],
  [
    'lavrov russia iran',
    'The head of Russian diplomacy, Sergey Lavrov, spoke at a press conference on Wednesday about the Iranian crisis, saying that he did not believe "any third country could change Moscow-Tehran relations."',
  ],
  [
    '',
    'Lavrov listed ongoing joint projects, including transport corridors and the expansion of the Bushehr nuclear power plant.',
  ],
  [
    'shoigu larijani putin iran',
    'A little earlier, on Monday, another close associate of Putin, Sergei Shoigu, spoke with the head of the Iranian security council, Ali Larijani, and condemned "the latest attempt by foreign forces to interfere in Iran\'s internal affairs."',
  ],
  [
    '',
    'At present, Tehran does not particularly need "peacetime" plans for energy and transport infrastructure, and even less the verbal support of those who claim to be close allies.',
  ],
  [
    '',
    'The Iranian leadership seeks tangible support that can help quickly suppress the mass uprising of Iranians against repression and economic collapse.',
  ],
  [
    '',
    "However, Russia cannot provide this. That is why Putin's silence, as in the case of Venezuela, is not a sign of his confidence but of powerlessness.",
  ],
  [
    '',
    'The regime in Tehran has reason to feel abandoned by Russia, as it did not receive reciprocal support from its ally at a critical moment, despite having provided significant assistance when Russia needed it.',
  ],
  [
    'iran russia ukraine',
    "Iran's Shahed drones have been a mainstay of Russia's invasion operations in Ukraine almost since the beginning four years ago.",
  ],
  [
    'russia iran',
    'According to some reports, Moscow has recently supplied Tehran with armoured vehicles and attack helicopters, presumably to more effectively suppress a mass civil uprising.',
  ],
  [
    '',
    'But the regime in Tehran faces not only a wave of internal rebellion but also an increasing threat of external intervention.',
  ],
  [
    'united-states israel iran',
    'The possibility of an attack by US and Israeli forces on Iran would surprise few, especially just over six months after their previous airstrikes.',
  ],
  [
    '',
    'Furthermore, the US operation in Venezuela has paved the way for similar offensive actions worldwide against regimes that Washington considers hostile.',
  ],
  [
    '',
    "The Russian response to these scenarios is, almost certainly, excluded. This is indicated by Moscow's behaviour in several similar situations in recent years.",
  ],
  [
    'syria russia iran assad',
    "Russia's involvement in the war in Syria in 2015 was the peak of its alliance with Iran, as both countries supported Bashar al-Assad. His overthrow, followed by his exile to Moscow a little more than a year ago, in itself marked the collapse of the Russia-Iran partnership in the Middle East.",
  ],
  [
    '',
    "This was even more evident due to Russia's silent acceptance of the new circumstances, without reaction or efforts to preserve common positions in the Middle East.",
  ],
  [
    '',
    'After the episode in Venezuela, and especially after the American seizure of Russian tankers in the Atlantic, it is now very clear to Tehran that Moscow does not intend to react more seriously anywhere in the world where it assures its partners that it has an interest.',
  ],
  [
    '',
    "If Tehran's plans for a possible American-Israeli attack are reduced to counter-strikes on American military installations in the Gulf and in the Middle East, Russia neither wants nor has the ability to help.",
  ],
  [
    '',
    'Moreover, Moscow has reason to include its interest in a possible military action by America and its allies against Iran.',
  ],
  [
    'china iran russia',
    'Should that operation result in the disruption of Iranian oil exports, it could potentially lead China, its largest customer, to seek alternative sources of supply from Russia.',
  ],
  [
    'china iran russia',
    'China is by far the largest buyer of Iranian oil, with around 80% of total Iranian exports. Should this important supply channel be disrupted in any way, Russia will appear as the most serious alternative, bearing in mind that it, like Iran, exports at a huge discount due to sanctions.',
  ],
  [
    '',
    "Russia's turning its head away from the problems the partner regime in Tehran faces will have implications for other allied platforms in which Moscow seeks to promote its global role.",
  ],
  [
    'brics russia iran',
    'Although it does not have a dominant security but an economic line of cooperation, BRICS will suffer another reputational crisis considering the missing support in times of crisis of its two members – Russia and Iran.',
  ],
  [
    '',
    'Its otherwise loose ties may, after the Iranian crisis, share the fate of other associations in which Russia declaratively plays an important role, such as the Collective Security Treaty Organization (CSTO).',
  ],
  [
    'armenia russia azerbaijan',
    'This post-Soviet NATO-like security alliance, which has existed since 2002, functions only on paper, and one of its members – Armenia – froze its membership in 2024 because the alliance (that is, Russia) did not provide security support in its conflict with Azerbaijan.',
  ],
];

let stop: (() => void) | undefined;

const meta: Meta = {
  title: 'Embedding/Follow the story',
  parameters: { layout: 'fullscreen' },
};
export default meta;

/**
 * A long article whose paragraphs carry `data-nutgraf-actors`; the three graphics stay beside
 * it (below it on narrow screens). Scroll: while a marked paragraph crosses the middle of the
 * screen, every graphic highlights its first actor; hovering or focusing a mark wins; an
 * unmarked paragraph clears the highlight. The page needs no script of its own: the drop-in
 * bundle and the lazy loader start the follower when the page has a marked element.
 */
export const FollowTheStory: StoryObj = {
  render: () =>
    html`<style>
        .follow {
          color-scheme: light dark;
          background: Canvas;
          color: CanvasText;
          display: grid;
          gap: 2rem;
          padding: 8px;
        }
        .follow article {
          font:
            1.125rem/1.6 Georgia,
            serif;
          max-width: 36rem;
        }
        .follow article p {
          margin: 0 0 1.2em;
        }
        .follow .end {
          height: 60vh;
        }
        .follow aside {
          display: grid;
          gap: 1rem;
          font-family: system-ui, sans-serif;
        }
        .follow aside > * {
          min-width: 0;
        }
        @media (min-width: 900px) {
          .follow {
            grid-template-columns: minmax(0, 36rem) minmax(0, 1fr);
          }
          .follow aside {
            position: sticky;
            top: 0;
            align-self: start;
            max-height: 100vh;
            overflow: auto;
          }
        }
      </style>
      <div class="follow">
        <article>
          <h1>Putin's silence on Iran shows the limits of an alliance</h1>
          ${PARAGRAPHS.map(([actors, text]) =>
            actors ? html`<p data-nutgraf-actors=${actors}>${text}</p>` : html`<p>${text}</p>`,
          )}
          <div class="end"></div>
        </article>
        <aside>
          <alliance-map></alliance-map>
          <share-donut></share-donut>
          <actor-network></actor-network>
        </aside>
      </div>`,
  play: ({ canvasElement }) => {
    stop?.();
    stop = followStory(canvasElement);
  },
};
