// The demo's use of the embed's script API: set language and step, listen to its events.
const story = document.getElementById('scrolly');
const controls = document.querySelector('.controls');
const log = document.querySelector('.log');

story.addEventListener('ready', (event) => {
  controls.hidden = false;
  log.textContent = `ready: ${event.detail.steps.length} steps, showing “${event.detail.step}”`;
});
story.addEventListener('step', (event) => {
  log.textContent = `step: ${event.detail.index + 1} “${event.detail.step}” (${event.detail.lang})`;
});
controls.addEventListener('click', (event) => {
  const button = event.target.closest('button');
  if (button?.dataset.lang) story.setLanguage(button.dataset.lang);
  if (button?.dataset.step) story.setStep(button.dataset.step);
});
