/* 1,024 English words for a generated passphrase: where they come from and how they were picked, README.md. */
export default `
able about above absorb absurd access across action actual adapt adjust adult advice affair afraid
again ahead aisle alarm alert alley almost alone alpha alter always among amused anchor animal ankle
annual apart appear apple arch arctic arena argue around arrow artist asset assist assume atom
attend audit aunt author autumn avoid awake away axis bacon badge ball banana banner barely base
basic battle beach bean become beef before behave behind belt bench best beyond bike bird birth
bitter blade blast bleak blind blouse blur blush board body boil bone book boost borrow boss bottom
brain brand brave bread breeze bridge brief bright brisk broken broom brown brush buddy budget bulb
bulk bundle burger burst busy buyer buzz cable cactus cage call calm camera canal cancel canoe
canvas canyon card cargo carry cart case castle casual catch caught cause celery cement cereal chalk
change chaos chase chat check cheese chef chest chief choice choose chunk circle city civil clap
claw clean clerk clever client cliff clinic clip clock close cloth cloud club clump coach coast code
coil coin color come comic cook cool copper coral core cost cotton couch course cousin cover crack
cradle cram crane crater cream credit creek crisp critic cross crouch crowd crunch crush curve
custom cute damage damp dance dash dawn debate debris decade deer define degree delay demand depend
depth derive design desk detect device devote diary dice diesel differ dinner dirt dish divert dizzy
doctor domain donate donkey door dose double draft dragon draw dream dress drill drink drip drop
drum dune during dust dwarf eager early earn earth east easy echo edit effort either elbow elder
else embark emerge employ empty enact energy engage enjoy enlist enrich enroll ensure entire entry
equal erase erode erupt essay estate evoke evolve excess excite excuse exit exotic expand expose
extend fabric face fade faith fall false family famous farm father fault feel female fetch fever
fiber figure file film final find finger finish fire first fiscal flag flame flash flavor flee
flight float flock flower fluid flush focus foil fold food foot forest forget fork fossil foster
frame fresh friend frog front frost frozen fruit funny fury future gain galaxy game garden garlic
gate gather gauge genius genre ghost giant gift ginger girl give glance glare glide globe glory glow
glue gold good goose gossip govern gown grace grain grape grass great grid grit group grunt guess
guitar habit hair hammer hand harbor hard harsh hawk hazard head heart heavy hello helmet help
hidden high hill hire hobby hold hole hollow honey hood horn horse host hour hover huge humble humor
hunt hurdle hurry icon idea ignore image immune impose inch income indoor infant inhale inner input
inside intact into invite iron issue item ivory jaguar jazz jelly jewel join juice jump jungle junk
just keep kick kidney kiss kite kitten knee knife know label labor lady lake laptop large later lava
lawn layer leader leaf leave left legend lend length lesson letter level lift light like limit link
liquid list little lizard load loan lock logic long loop loud love loyal lumber lunar lunch lyrics
magic magnet mail main make mammal manage manual maple marble margin marine mask mass master math
matrix maze meadow mean medal media melody member memory mercy merge merit mesh metal middle milk
mimic minor minute mirror mixed mobile modify moment monkey moon moral more motion motor move movie
much mule muscle music must mutual myth name napkin nation nature neck need nephew nest never news
nice night noise noodle normal nose note novel number nurse object oblige obtain ocean odor office
often okay omit once online only open oppose option orange order organ other outer output oven over
owner oyster ozone paddle page pair palm panda paper parade parent parrot party pass path pause
peace peanut pear people pepper person photo phrase picnic piece pigeon pink pipe pizza place planet
play please pledge plug plunge poet point polar pond pony post potato powder praise prefer pretty
pride print profit proof proud pull pulp pulse pupil puppy purse push puzzle quit quiz rabbit race
rack radio rail rain rally ramp random range rapid rate rather raven ready real rebel recall recipe
reduce reform region relax relief remain remind remove renew rent repair repeat rescue result retire
reveal review reward ribbon rice rich ridge right ring ripple risk rival river road robot robust
roof rookie room rotate rough route royal rubber rule runway rural safe sail salmon salon salt same
sample sand save scale scene scheme school scrap screen scrub search season second secret seed
select sell sense series settle seven shadow share shed shell shift shine ship shock shoe short
shove shrimp side sight sign silk silly simple since sing sister size sketch skill skin slab slam
sleep slide slight slogan slot slow small smart smile smooth snack snap sniff snow soccer social
soda soft solar solve song soon sort soul soup source south spare spawn speed spell spend spice
spider spike spirit split spoon sport spot spread spring square staff stage stamp stand start stay
steak stem step stereo still sting stock stool story street strong stuff submit subway such sugar
suit sunny sunset super sure surge swamp swap swarm sweet swift swim switch symbol system table
tackle talent talk tape target task tattoo taxi teach tell tenant tent term test thank that theme
theory there thing this three throw thumb tide tiger tilt time tiny tired title toast toilet token
tomato tongue tool tooth topple torch total toward tower track trade trash travel tray tree trend
tribe trim trip truck true truly truth tube tuna tunnel turkey turtle twelve twenty twin twist
unable uncle under unfold unique unit until unveil uphold upon upper urge usage useful usual vacant
vague valid valley vanish vapor vault velvet vendor verb verify very viable video violin visit
visual vivid vocal void volume vote wage wagon wait wall walnut warm wash wasp water wave wear
weasel weird whale what wheat when where wide width wife will window wine wink winner wire wisdom
wise wolf woman wood wool word world worth wrap write wrong year yellow young zebra zero
`;
